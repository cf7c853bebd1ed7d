import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/lab/presets.ts';
import { historyFromJson, historyToJson } from '../../src/protocol/history-json.ts';
import { pageHistory } from '../../src/store/page-history.ts';
import { configFrom, runOf } from './run-helpers.ts';

describe('pageHistory: the page’s run in the CLI’s format', () => {
  it('holds what a run with the same probes and status holds, with live rate changes as lr events', () => {
    const config = configFrom('moons-quick', { steps: 60, probeEvery: 10 });
    const run = runOf(config);
    while (run.step < 20) run.advance();
    run.reconfigure({ ...run.config, lr: 0.2 });
    while (!run.finished) run.advance();
    const probes = Object.fromEntries(Object.entries(run.history.nets).map(([name, n]) => [name, n.probes]));
    const status = { step: run.step, running: false, finished: true, stepsPerSecond: 0, nets: run.status() };
    const page = pageHistory({ config: run.config, probes, status, backend: run.history.backend });
    expect(page.config.lr).toBe(PRESETS['moons-quick'].lr);
    expect(page.config.events).toEqual([{ step: 20, type: 'lr', lr: 0.2 }]);
    expect(page.nets).toEqual(run.history.nets);
    expect(historyFromJson(historyToJson(page)).nets.bn.probes).toEqual(
      historyFromJson(historyToJson(run.history)).nets.bn.probes,
    );
  });

  it('before any status, gives each net its configured rate and no probes', () => {
    const config = configFrom('moons-quick', {});
    const status = { step: 0, running: false, finished: false, stepsPerSecond: 0, nets: [] };
    const page = pageHistory({ config, probes: {}, status, backend: null });
    expect(page.nets.plain).toEqual({
      name: 'plain',
      norm: 'none',
      diverged: null,
      lrChanges: [[0, config.lr]],
      probes: [],
    });
    expect(page.config).toEqual(config);
  });
});
