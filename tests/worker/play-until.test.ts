import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/lab/presets.ts';
import type { RunConfig } from '../../src/protocol/config.ts';
import type { ToWorker } from '../../src/protocol/messages.ts';
import { replayConfig } from '../../src/protocol/replay-config.ts';
import { world } from './host-world.ts';

const moons: RunConfig = {
  ...PRESETS['moons-quick'],
  steps: 120,
  probeEvery: 10,
  events: [{ step: 25, type: 'lr', lr: 0.2 }],
};

type Host = 'single' | 'split';
const HOSTS: readonly (readonly [string, Host])[] = [
  ['one worker for every net (LabHost)', 'single'],
  ['a worker per net (SplitHost)', 'split'],
];

/** Sends the messages to a fresh host of the kind, drains every task, and returns the world. */
async function run(host: Host, messages: readonly ToWorker[]) {
  const w = world();
  const { send } = w[host]();
  for (const message of messages) send(message);
  await w.drain();
  return w;
}

const init = (config: RunConfig): ToWorker => ({ type: 'init', config, dataUrl: '' });

describe.each(HOSTS)('play-until in %s', (_, host) => {
  it('trains to exactly that step and pauses there, with the probes of the same run stepped there', async () => {
    const replayed = await run(host, [init(moons), { type: 'play-until', step: 57 }]);
    const stepped = await run('single', [init(moons), { type: 'step', count: 57 }]);
    expect(replayed.lastStatus()).toMatchObject({ step: 57, running: false, finished: false });
    expect(replayed.probes()).toEqual(stepped.probes());
    expect(replayed.probes().plain.map((p) => p.step)).toEqual([0, 10, 20, 30, 40, 50]);
  });

  it('plays at full speed whatever the speed setting, where Play goes one step a tick', async () => {
    const config = { ...moons, steps: 100, probeEvery: 50 };
    const slow: ToWorker = { type: 'set-speed', stepsPerTick: 1 };
    const replayed = await run(host, [slow, init(config), { type: 'play-until', step: 100 }]);
    const played = await run(host, [slow, init(config), { type: 'play' }]);
    expect(replayed.lastStatus()).toMatchObject({ step: 100, running: false });
    expect(played.lastStatus()).toMatchObject({ step: 100, running: false });
    expect(played.ticks()).toBeGreaterThanOrEqual(100);
    expect(replayed.ticks()).toBeLessThan(played.ticks() / 2);
    expect(replayed.probes()).toEqual(played.probes());
  });

  it('ends at Play (which trains on to the end) and at Pause', async () => {
    const played = await run(host, [init(moons), { type: 'play-until', step: 40 }, { type: 'play' }]);
    expect(played.lastStatus()).toMatchObject({ step: 120, finished: true, running: false });
    const paused = await run(host, [init(moons), { type: 'play-until', step: 40 }, { type: 'pause' }]);
    const status = paused.lastStatus();
    expect(status?.running).toBe(false);
    expect(status?.step).toBeLessThan(40);
  });

  it('merges learning-rate changes made while paused into one, which replays to the same bits', async () => {
    const live = await run(host, [
      init(moons),
      { type: 'step', count: 30 },
      ...[0.5, 0.05, 0.3].map((lr): ToWorker => ({ type: 'set-config', config: { ...moons, lr } })),
      { type: 'play-until', step: 60 },
    ]);
    const status = live.lastStatus()!;
    expect(status.step).toBe(60);
    // the event at 25 set 0.2; the three moves at step 30 are one change
    for (const net of status.nets)
      expect(net.lrChanges).toEqual([
        [0, moons.lr],
        [25, 0.2],
        [30, 0.3],
      ]);
    const changes = Object.fromEntries(status.nets.map((n) => [n.name, n.lrChanges]));
    const replay = replayConfig(moons, changes, status.step);
    expect(replay.events).toEqual([
      { step: 25, type: 'lr', lr: 0.2 },
      { step: 30, type: 'lr', lr: 0.3 },
    ]);
    const replayed = await run(host, [init(replay), { type: 'play-until', step: 60 }]);
    expect(replayed.probes()).toEqual(live.probes());
  });

  it('leaves no change where the rate is moved away and back while paused', async () => {
    const live = await run(host, [
      init(moons),
      { type: 'step', count: 30 },
      { type: 'set-config', config: { ...moons, lr: 0.5 } },
      { type: 'set-config', config: { ...moons, lr: 0.2 } },
    ]);
    for (const net of live.lastStatus()!.nets)
      expect(net.lrChanges).toEqual([
        [0, moons.lr],
        [25, 0.2],
      ]);
  });
});
