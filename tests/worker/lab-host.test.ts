import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/lab/presets.ts';
import type { RunConfig } from '../../src/protocol/config.ts';
import type { FromNetWorker } from '../../src/protocol/messages.ts';
import { LabHost } from '../../src/worker/lab-host.ts';
import { transferablesOf } from '../../src/worker/transferables.ts';

/** A host on a fake clock: `schedule` queues ticks that `runTicks` fires. */
function fakeHost(sliceMultiplyAdds?: number) {
  const posted: { message: FromNetWorker; transfer: Transferable[] }[] = [];
  const ticks: (() => void)[] = [];
  let clock = 0;
  const host = new LabHost(
    {
      post: (message, transfer) => posted.push({ message, transfer }),
      loadMnist: () => Promise.reject(new Error('mnist: request for data/mnist.bin.gz failed with HTTP 404')),
      now: () => (clock += 5),
      schedule: (tick) => ticks.push(tick),
    },
    { sliceMultiplyAdds },
  );
  const runTicks = (n: number) => {
    for (let i = 0; i < n && ticks.length > 0; i++) ticks.shift()!();
  };
  const of = <T extends FromNetWorker['type']>(type: T) =>
    posted.map((p) => p.message).filter((m): m is Extract<FromNetWorker, { type: T }> => m.type === type);
  const pending = () => ticks.length;
  return { host, posted, runTicks, of, pending };
}

const moons: RunConfig = { ...PRESETS['moons-quick'], steps: 200, probeEvery: 10 };

describe('the lab worker host', () => {
  it('builds the twins on init and sends ready, then the step-0 probes of both nets', async () => {
    const { host, of } = fakeHost();
    await host.handle({ type: 'init', config: moons, dataUrl: 'data/mnist.bin.gz' });
    expect(of('ready')).toHaveLength(1);
    expect(of('ready')[0].strip).toMatchObject({ count: 24, side: 0 });
    expect(new Set(of('ready')[0].strip.labels)).toEqual(new Set([0, 1]));
    const first = of('probes')[0];
    expect(Object.keys(first.probes)).toEqual(['plain', 'bn']);
    expect(first.probes.plain[0].step).toBe(0);
  });

  it('trains while playing and sends the probes in step order, as transferred buffers', async () => {
    const { host, of, runTicks, posted } = fakeHost();
    await host.handle({ type: 'init', config: moons, dataUrl: '' });
    await host.handle({ type: 'play' });
    runTicks(50);
    const steps = of('probes').flatMap((m) => m.probes.bn.map((p) => p.step));
    expect(steps.slice(0, 4)).toEqual([0, 10, 20, 30]);
    expect(of('probes').at(-1)!.status.step).toBeGreaterThan(30);
    // transferred, not copied: the typed arrays of a probe travel as its buffers
    const sent = posted.find((p) => p.message.type === 'probes' && p.transfer.length > 0);
    expect(sent?.transfer.length).toBeGreaterThan(10);
  });

  it('steps N updates on demand while paused, and stops by itself at the last step', async () => {
    const { host, of, runTicks } = fakeHost();
    await host.handle({ type: 'init', config: { ...moons, steps: 30 }, dataUrl: '' });
    await host.handle({ type: 'step', count: 5 });
    expect(of('status').at(-1)!.status).toMatchObject({ step: 5, running: false });
    await host.handle({ type: 'play' });
    runTicks(100);
    const last = [...of('status'), ...of('probes')]
      .map((m) => m.status)
      .sort((a, b) => a.step - b.step)
      .at(-1)!;
    expect(last).toMatchObject({ step: 30, finished: true, running: false });
  });

  it('applies a learning-rate change live and rebuilds the twins when BN is toggled', async () => {
    const { host, of } = fakeHost();
    await host.handle({ type: 'init', config: moons, dataUrl: '' });
    await host.handle({ type: 'step', count: 3 });
    await host.handle({ type: 'set-config', config: { ...moons, lr: 0.1 } });
    expect(of('ready')).toHaveLength(1);
    expect(
      of('status')
        .at(-1)!
        .status.nets.map((n) => n.lr),
    ).toEqual([0.1, 0.1]);
    expect(of('status').at(-1)!.status.step).toBe(3);
    await host.handle({
      type: 'set-config',
      config: {
        ...moons,
        nets: [
          { name: 'bn-1', norm: 'bn' },
          { name: 'bn-2', norm: 'bn' },
        ],
      },
    });
    expect(of('ready')).toHaveLength(2);
    expect(of('ready')[1].status).toMatchObject({ step: 0, nets: [{ name: 'bn-1' }, { name: 'bn-2' }] });
  });

  it('turns the critique’s measurements on live, without rebuilding: the next probes carry them', async () => {
    const { host, of } = fakeHost();
    await host.handle({ type: 'init', config: moons, dataUrl: '' });
    await host.handle({ type: 'step', count: 10 });
    const measure = { shift: true, ics: true, landscape: true };
    await host.handle({ type: 'set-config', config: { ...moons, measure } });
    await host.handle({ type: 'step', count: 20 });
    expect(of('ready')).toHaveLength(1);
    const probes = of('probes').flatMap((m) => m.probes.bn);
    expect(probes.map((p) => p.step)).toEqual([0, 10, 20, 30]);
    expect(probes[1].landscape).toBeUndefined();
    expect(probes[2].layers[0].shift).toBeNull();
    expect(probes[3].layers[0].shift!.mean).toBeGreaterThan(0);
    expect(probes[3].layers[1].ics!.cos).toBeLessThanOrEqual(1);
    expect(probes[3].landscape!.betaEff).toBeGreaterThan(0);
  });

  it('answers a bad config or a failed data load with a readable error instead of dying', async () => {
    const { host, of } = fakeHost();
    await host.handle({ type: 'init', config: { ...moons, hidden: [0] }, dataUrl: '' });
    expect(of('error')[0]).toMatchObject({ fatal: true, message: expect.stringMatching(/width of hidden layer 1/) });
    await host.handle({ type: 'init', config: PRESETS['paper-fig1'], dataUrl: 'data/mnist.bin.gz' });
    expect(of('error')[1].message).toMatch(/HTTP 404/);
    await host.handle({ type: 'init', config: moons, dataUrl: '' });
    expect(of('ready')).toHaveLength(1);
  });
});

describe('transferablesOf', () => {
  it('finds each typed array buffer once, however deeply nested', () => {
    const a = new Float64Array(3);
    const b = new Uint8Array(2);
    expect(transferablesOf({ x: [a, { y: b, z: a }], n: 1, s: 'text' })).toEqual([a.buffer, b.buffer]);
  });
});

describe('reset and the config the page shows', () => {
  /** The mini-batch losses of the first `steps` updates after the last (re)build, per net. */
  async function lossesAfter(commands: Parameters<LabHost['handle']>[0][], steps: number) {
    const { host, of } = fakeHost();
    for (const command of commands) await host.handle(command);
    const losses: number[] = [];
    for (let i = 0; i < steps; i++) {
      await host.handle({ type: 'step', count: 1 });
      losses.push(
        ...of('status')
          .at(-1)!
          .status.nets.map((n) => n.lastLoss),
      );
    }
    return losses;
  }

  it('restarts at the learning rate changed live, not the one the run was built with', async () => {
    const at5: RunConfig = { ...moons, lr: 5 };
    const afterReset = await lossesAfter(
      [
        { type: 'init', config: moons, dataUrl: '' },
        { type: 'step', count: 7 },
        { type: 'set-config', config: at5 },
        { type: 'reset', config: at5 },
      ],
      10,
    );
    const fresh5 = await lossesAfter([{ type: 'init', config: at5, dataUrl: '' }], 10);
    const fresh1 = await lossesAfter([{ type: 'init', config: moons, dataUrl: '' }], 10);
    expect(afterReset).toEqual(fresh5);
    expect(afterReset).not.toEqual(fresh1);
  });

  it('reports the live rate after reset, and a new step 0', async () => {
    const { host, of } = fakeHost();
    await host.handle({ type: 'init', config: moons, dataUrl: '' });
    await host.handle({ type: 'step', count: 3 });
    await host.handle({ type: 'reset', config: { ...moons, lr: 2 } });
    const ready = of('ready').at(-1)!;
    expect(ready.config.lr).toBe(2);
    expect(ready.status.step).toBe(0);
    expect(ready.status.nets.map((n) => n.lr)).toEqual([2, 2]);
  });
});

describe('a step too big for one tick', () => {
  it('is cut into slices, so Pause is answered mid-step; the step under way then ends and training stops', async () => {
    // a budget of 40 multiply-adds makes every row of every product a slice of its own: a step spans many ticks
    const { host, of, runTicks, pending } = fakeHost(40);
    await host.handle({ type: 'init', config: moons, dataUrl: '' });
    // the step-0 probe is sliced too: it arrives after some ticks, before any update
    expect(of('probes')).toHaveLength(0);
    while (of('probes').length === 0) runTicks(1);
    expect(pending()).toBe(0);
    await host.handle({ type: 'play' });
    runTicks(1);
    expect(of('status').at(-1)?.status.step ?? 0).toBe(0);
    await host.handle({ type: 'pause' });
    expect(of('status').at(-1)!.status).toMatchObject({ step: 0, running: false });
    runTicks(1000);
    expect(pending()).toBe(0);
    expect(of('status').at(-1)!.status).toMatchObject({ step: 1, running: false });
  });

  it('counts a step under way as the first of the steps asked for', async () => {
    const { host, of, runTicks } = fakeHost(40);
    await host.handle({ type: 'init', config: moons, dataUrl: '' });
    while (of('probes').length === 0) runTicks(1);
    await host.handle({ type: 'play' });
    runTicks(1);
    await host.handle({ type: 'step', count: 2 });
    expect(of('status').at(-1)!.status).toMatchObject({ step: 2, running: false });
  });

  it('trains the same bits sliced as whole', async () => {
    const lossesOf = async (sliceMultiplyAdds?: number) => {
      const { host, of, runTicks } = fakeHost(sliceMultiplyAdds);
      await host.handle({ type: 'init', config: moons, dataUrl: '' });
      await host.handle({ type: 'play' });
      while (of('probes').flatMap((m) => m.probes.bn ?? []).length < 4) runTicks(1);
      await host.handle({ type: 'pause' });
      runTicks(10_000);
      return of('probes').flatMap((m) => (m.probes.bn ?? []).map((p) => [p.step, p.testLoss]));
    };
    const sliced = await lossesOf(40);
    const whole = await lossesOf();
    expect(sliced.length).toBeGreaterThanOrEqual(4);
    expect(sliced).toEqual(whole.slice(0, sliced.length));
  });
});

describe('an error in the middle of training', () => {
  it('stops the run with a fatal error naming it, and the worker keeps answering: a new init trains again', async () => {
    /** now() throws at its n-th call from here: 2 = inside the training loop of a tick */
    let throwAt = 0;
    const posted: FromNetWorker[] = [];
    const ticks: (() => void)[] = [];
    let clock = 0;
    const host = new LabHost({
      post: (message) => posted.push(message),
      loadMnist: () => Promise.reject(new Error('no MNIST here')),
      now: () => {
        if (throwAt > 0 && --throwAt === 0) throw new Error('planted fault');
        return (clock += 5);
      },
      schedule: (tick) => ticks.push(tick),
    });
    await host.handle({ type: 'init', config: moons, dataUrl: '' });
    await host.handle({ type: 'play' });
    ticks.shift()!();
    throwAt = 2;
    ticks.shift()!();
    expect(posted.at(-1)).toEqual({ type: 'error', message: 'Training stopped: planted fault', fatal: true });
    expect(ticks).toHaveLength(0);

    await host.handle({ type: 'init', config: moons, dataUrl: '' });
    await host.handle({ type: 'step', count: 3 });
    const last = posted.at(-1)!;
    expect(last.type === 'status' && last.status.step).toBe(3);
  });

  it('leaves the run alone when a command is refused', async () => {
    const { host, of } = fakeHost();
    await host.handle({ type: 'init', config: moons, dataUrl: '' });
    await host.handle({ type: 'set-config', config: { ...moons, lr: -1 } });
    expect(of('error').at(-1)).toMatchObject({ fatal: false });
    expect(of('error').at(-1)!.message).not.toMatch(/Training stopped/);
    await host.handle({ type: 'step', count: 2 });
    expect(of('status').at(-1)!.status.step).toBe(2);
  });
});

describe('a lesson’s measurement', () => {
  it('is taken between two steps, answered as measured, and leaves training as it was', async () => {
    const losses = async (measured: boolean) => {
      const { host, of } = fakeHost();
      await host.handle({ type: 'init', config: moons, dataUrl: '' });
      await host.handle({ type: 'step', count: 5 });
      if (measured) {
        await host.handle({ type: 'measure', request: { kind: 'inference' } });
        await host.handle({ type: 'measure', request: { kind: 'scale', layer: 2 } });
        await host.handle({ type: 'measure', request: { kind: 'regularizer', digit: null } });
      }
      await host.handle({ type: 'step', count: 5 });
      return {
        of,
        last: of('status')
          .at(-1)!
          .status.nets.map((n) => n.lastLoss),
      };
    };
    const { of, last } = await losses(true);
    const kinds = of('measured').map((m) => m.measurement.kind);
    expect(kinds).toEqual(['inference', 'scale', 'regularizer']);
    const [inference, scale, regularizer] = of('measured').map((m) => m.measurement);
    expect(inference.kind === 'inference' && inference.result.step).toBe(5);
    expect(scale.kind === 'scale' && scale.result.layer).toBe(2);
    if (regularizer.kind !== 'regularizer') throw new Error('expected the regularizer');
    expect(regularizer.candidates).toHaveLength(4);
    expect(regularizer.result.digit).toBe(regularizer.candidates[0].index);
    expect(last).toEqual((await losses(false)).last);
  });

  it('answers a measurement it cannot take with a readable error and keeps the run', async () => {
    const { host, of } = fakeHost();
    await host.handle({ type: 'init', config: moons, dataUrl: '' });
    await host.handle({ type: 'measure', request: { kind: 'scale', layer: 1 } });
    expect(of('error').at(-1)).toMatchObject({ fatal: false });
    await host.handle({ type: 'step', count: 2 });
    expect(of('status').at(-1)!.status.step).toBe(2);
  });
});
