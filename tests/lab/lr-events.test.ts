import { describe, expect, it } from 'vitest';
import { namedNets, type RunConfig } from '../../src/protocol/config.ts';
import { historyToJson } from '../../src/protocol/history-json.ts';
import { replayConfig } from '../../src/protocol/replay-config.ts';
import { withSharedLr, withSideLr } from '../../src/store/config-edit.ts';
import { configFrom, runOf, runToEnd } from './run-helpers.ts';

const config: RunConfig = configFrom('moons-quick', {
  steps: 120,
  probeEvery: 10,
  momentum: 0.9,
  nets: namedNets([{ norm: 'none' }, { norm: 'bn' }, { norm: 'noisy-bn' }]),
});

/** A run whose rates were changed live, as the page's slider does: shared at 30, bn alone at 70 and 70 again. */
function liveRun() {
  const run = runOf(config);
  while (run.step < 30) run.advance();
  run.reconfigure(withSharedLr(run.config, 0.2));
  while (run.step < 70) run.advance();
  run.reconfigure(withSideLr(run.config, 1, 2));
  run.reconfigure(withSideLr(run.config, 1, 1.5));
  return runToEnd(run);
}

describe('lr events: live learning-rate changes replay bit for bit', () => {
  it('a run with its live changes as lr events equals the live run, probes and weights', () => {
    const live = liveRun();
    const changes = Object.fromEntries(live.nets.map((n) => [n.name, n.lrChanges]));
    const replay = runToEnd(runOf(replayConfig(live.history.config, changes, live.step)));
    expect(replay.history.config.events).toEqual([
      { step: 30, type: 'lr', lr: 0.2 },
      { step: 70, type: 'lr', lr: 1.5, net: 'bn' },
    ]);
    live.nets.forEach((net, i) => expect(replay.nets[i].mlp.toJson()).toEqual(net.mlp.toJson()));
    expect(historyToJson(replay.history)).toBe(historyToJson({ ...live.history, config: replay.history.config }));
  });

  it('the changes matter: without them the nets end elsewhere', () => {
    const live = liveRun();
    const plain = runToEnd(runOf(config));
    expect(plain.nets[1].mlp.toJson()).not.toEqual(live.nets[1].mlp.toJson());
  });

  it('a config change that leaves the rates alone keeps the rate an lr event set', () => {
    const run = runOf({ ...config, events: [{ step: 20, type: 'lr', lr: 0.3 }] });
    while (run.step < 40) run.advance();
    run.reconfigure({ ...run.config, probeEvery: 20 });
    expect(run.nets.map((n) => n.lr)).toEqual([0.3, 0.3, 0.3]);
  });
});
