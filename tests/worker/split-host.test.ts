import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/lab/presets.ts';
import type { RunConfig } from '../../src/protocol/config.ts';
import { world } from './host-world.ts';

const moons: RunConfig = { ...PRESETS['moons-quick'], steps: 120, probeEvery: 10 };
const three: RunConfig = { ...moons, nets: [...moons.nets, { name: 'bn-fixed', norm: 'bn-fixed' }] };
const scheduled: RunConfig = {
  ...three,
  events: [
    { step: 25, type: 'lr', lr: 0.2 },
    { step: 25, type: 'scale', layer: 2, factor: 2 },
    { step: 60, type: 'lr', lr: 3, net: 'bn' },
  ],
};

describe('one worker per net (SplitHost)', () => {
  it.each([
    ['the twins', moons],
    ['three kinds', three],
    ['three kinds with lr events, one of them for bn alone', scheduled],
  ])('%s: every probe of every net has the very bits of one worker training them all', async (_, config) => {
    const one = world();
    const a = one.single();
    a.send({ type: 'init', config, dataUrl: '' });
    a.send({ type: 'play' });
    await one.drain();
    const many = world();
    const b = many.split();
    b.send({ type: 'init', config, dataUrl: '' });
    b.send({ type: 'play' });
    await many.drain();
    expect(Object.keys(many.probes())).toEqual(config.nets.map((n) => n.name));
    expect(many.probes()).toEqual(one.probes());
    expect(many.probes().plain.map((p) => p.step)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]);
    expect(many.of('ready')).toHaveLength(1);
    expect(many.of('ready')[0].strip).toEqual(one.of('ready')[0].strip);
    const last = many.of('status').at(-1)!.status;
    expect(last).toMatchObject({ step: 120, finished: true, running: false });
    expect(last.nets.map((n) => n.name)).toEqual(config.nets.map((n) => n.name));
  });

  it('pauses every net at one step mid-window, and a live change applies there to all, as in one worker', async () => {
    const many = world();
    const b = many.split();
    // a window runs to the next probe, 1,000 steps on: Pause must not wait for it
    const long = { ...moons, steps: 3000, probeEvery: 1000 };
    b.send({ type: 'init', config: long, dataUrl: '' });
    b.send({ type: 'play' });
    await many.drain(300);
    b.send({ type: 'pause' });
    await many.drain();
    const paused = many.of('status').at(-1)!.status;
    expect(paused.running).toBe(false);
    expect(paused.step).toBeGreaterThan(0);
    expect(paused.step).toBeLessThan(1000);
    expect(new Set(paused.nets.map((n) => n.name))).toEqual(new Set(['plain', 'bn']));
    const changed = { ...long, lr: long.lr / 4 };
    b.send({ type: 'set-config', config: changed });
    b.send({ type: 'play' });
    await many.drain();

    // one worker: the same steps, the same change at the same step
    const one = world();
    const a = one.single();
    a.send({ type: 'init', config: long, dataUrl: '' });
    a.send({ type: 'step', count: paused.step });
    a.send({ type: 'set-config', config: changed });
    a.send({ type: 'play' });
    await one.drain();
    expect(many.probes()).toEqual(one.probes());
    expect(
      many
        .of('status')
        .at(-1)!
        .status.nets.map((n) => n.lr),
    ).toEqual([changed.lr, changed.lr]);
  });

  it('steps on demand while paused, and measures every net at one step, merging their results', async () => {
    const many = world();
    const b = many.split();
    b.send({ type: 'init', config: moons, dataUrl: '' });
    b.send({ type: 'step', count: 25 });
    b.send({ type: 'measure', request: { kind: 'scale', layer: 1 } });
    b.send({ type: 'measure', request: { kind: 'regularizer', digit: null } });
    await many.drain();
    const one = world();
    const a = one.single();
    a.send({ type: 'init', config: moons, dataUrl: '' });
    a.send({ type: 'step', count: 25 });
    a.send({ type: 'measure', request: { kind: 'scale', layer: 1 } });
    a.send({ type: 'measure', request: { kind: 'regularizer', digit: null } });
    await one.drain();
    expect(many.of('status').at(-1)!.status.step).toBe(25);
    expect(many.of('measured')).toEqual(one.of('measured'));
    expect(many.of('measured').map((m) => m.measurement.kind)).toEqual(['scale', 'regularizer']);
  });

  it.each(['single', 'split'] as const)(
    'takes every one of three steps pressed in a row, in %s worker(s), though the nets have not begun the first',
    async (kind) => {
      const w = world();
      const host = w[kind]();
      host.send({ type: 'init', config: moons, dataUrl: '' });
      await w.drain();
      for (let i = 0; i < 3; i++) host.send({ type: 'step', count: 1 });
      await w.drain();
      expect(w.lastStatus()).toMatchObject({ step: 3, running: false });
    },
  );

  it.each(['single', 'split'] as const)(
    'play until a step stops there, in %s worker(s), and Play then goes on as if it never stopped',
    async (kind) => {
      const stopped = world();
      const host = stopped[kind]();
      host.send({ type: 'init', config: moons, dataUrl: '' });
      host.send({ type: 'play-until', step: 45 });
      await stopped.drain();
      const standing = stopped.posted.flatMap((m) => ('status' in m ? [m.status] : [])).at(-1);
      expect(standing).toMatchObject({ step: 45, running: false, finished: false });
      expect(stopped.probes().bn.map((p) => p.step)).toEqual([0, 10, 20, 30, 40]);
      // the page hears no `reached`: that is the answer to the split host's own run-until
      expect(stopped.posted.some((m) => (m as { type: string }).type === 'reached')).toBe(false);
      host.send({ type: 'play' });
      await stopped.drain();
      const straight = world();
      const b = straight[kind]();
      b.send({ type: 'init', config: moons, dataUrl: '' });
      b.send({ type: 'play' });
      await straight.drain();
      expect(stopped.probes()).toEqual(straight.probes());
    },
  );

  it.each(['single', 'split'] as const)(
    'answers a strip request, in %s worker(s), with the strip a run of that config shows',
    async (kind) => {
      const other: RunConfig = { ...PRESETS['moons-quick'], dataset: 'spiral', dataSeed: 7 };
      const asked = world();
      const host = asked[kind]();
      host.send({ type: 'init', config: moons, dataUrl: '' });
      host.send({ type: 'strip', config: other });
      await asked.drain();
      const built = world();
      built[kind]().send({ type: 'init', config: other, dataUrl: '' });
      await built.drain();
      expect(asked.of('strip')).toEqual([{ type: 'strip', config: other, strip: built.of('ready')[0].strip }]);
      expect(asked.of('strip')[0].strip).not.toEqual(asked.of('ready')[0].strip);
    },
  );
});
