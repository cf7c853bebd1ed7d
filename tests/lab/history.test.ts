import { describe, expect, it } from 'vitest';
import { MAX_PROBES, stepsToDrop, thinHistory } from '../../src/lab/history-budget.ts';
import { historyToCsv } from '../../src/protocol/history-csv.ts';
import { historyFromJson, historyToJson } from '../../src/protocol/history-json.ts';
import type { ProbeRecord, RunHistory } from '../../src/protocol/history.ts';
import { configFrom, runOf, runToEnd } from './run-helpers.ts';

function fakeHistory(probeCount: number): RunHistory {
  const probes = (): ProbeRecord[] =>
    Array.from({ length: probeCount }, (_, i) => ({
      step: i * 10,
      stalled: false,
      trainLoss: 1,
      testLoss: 1,
      testAccuracy: 0.5,
      predictions: new Uint8Array(0),
      layers: [],
    }));
  return {
    version: 2,
    backend: 'ts',
    config: configFrom('moons-quick'),
    nets: {
      plain: { name: 'plain', norm: 'none', diverged: null, lrChanges: [[0, 1]], probes: probes() },
      bn: { name: 'bn', norm: 'bn', diverged: null, lrChanges: [[0, 1]], probes: probes() },
    },
    thinned: 0,
  };
}

describe('the history budget', () => {
  it('keeps every probe up to the budget (paper-fig1 has 101)', () => {
    expect(stepsToDrop([...Array(MAX_PROBES).keys()]).size).toBe(0);
  });

  it('drops every second probe of the older half once past the budget, never step 0, and records it', () => {
    const history = fakeHistory(11);
    const dropped = thinHistory(history, 10);
    expect([...dropped].sort((a, b) => a - b)).toEqual([10, 30]);
    for (const net of Object.values(history.nets))
      expect(net.probes.map((p) => p.step)).toEqual([0, 20, 40, 50, 60, 70, 80, 90, 100]);
    expect(history.thinned).toBe(2);
  });

  it('stays within the budget on an arbitrarily long run', () => {
    const history = fakeHistory(0);
    for (let i = 0; i < 5000; i++) {
      for (const net of Object.values(history.nets))
        net.probes.push({
          step: i,
          stalled: false,
          trainLoss: 1,
          testLoss: 1,
          testAccuracy: 0.5,
          predictions: new Uint8Array(0),
          layers: [],
        });
      thinHistory(history, 100);
    }
    expect(history.nets.plain.probes.length).toBeLessThanOrEqual(101);
    expect(history.nets.plain.probes[0].step).toBe(0);
    expect(history.nets.plain.probes.at(-1)!.step).toBe(4999);
    expect(history.thinned).toBe(5000 - history.nets.plain.probes.length);
  });
});

describe('the CSV tables', () => {
  it('hold one row per probe, layer, unit and bin with documented headers and empty cells for NaN', () => {
    const history = runToEnd(runOf(configFrom('moons-quick', { steps: 50, probeEvery: 25 }))).history;
    const csv = historyToCsv(history);
    const lines = (name: string) => csv[name].trimEnd().split('\n');
    /** The distinct (net, column) pairs of a table, in order. */
    const kinds = (name: string, column: number) => [
      ...new Set(
        lines(name)
          .slice(1)
          .map((line) => `${line.split(',')[0]} ${line.split(',')[column]}`),
      ),
    ];
    expect(lines('probes.csv')[0]).toBe(
      'net,norm,step,train_loss,test_loss,test_accuracy,stalled,population_accuracy,batch_stats_accuracy,' +
        'loss_min,loss_max,grad_predictiveness,beta_eff',
    );
    expect(lines('probes.csv')).toHaveLength(1 + 2 * 3);
    expect(lines('probes.csv')[1]).toMatch(/^plain,none,0,,[\d.]+,0\.\d+,false,,,,,,$/);
    expect(lines('probes.csv')[4]).toMatch(/^bn,bn,0,/);
    expect(lines('layers.csv')).toHaveLength(1 + 2 * 3 * 2);
    expect(lines('layers.csv')[0]).toMatch(
      /^net,step,layer,saturation,mean_derivative,bias_norm,weight_norm,grad_norm_W/,
    );
    // the plain net's biases are 0 at step 0 (‖b‖ = 0); the BN net has none (an empty cell)
    expect(lines('layers.csv')[1]).toMatch(/^plain,0,1,[\d.e-]+,[\d.e-]+,0,[\d.]+,/);
    expect(lines('layers.csv')[7]).toMatch(/^bn,0,1,[\d.e-]+,[\d.e-]+,,[\d.]+,/);
    // both nets in inference mode; the BN net with batch statistics too
    expect(lines('percentiles.csv')[0]).toBe('net,step,layer,stats,unit,p15,p50,p85');
    expect(lines('percentiles.csv')).toHaveLength(1 + 2 * 3 * 2 * 16 + 3 * 2 * 16);
    expect(kinds('percentiles.csv', 3)).toEqual(['plain inference', 'bn inference', 'bn batch']);
    // 64 bins; the BN net also has the raw x·Wᵀ histogram and the batch-statistics one
    expect(lines('histograms.csv')[0]).toBe('net,step,layer,kind,bin,lo,hi,count');
    expect(lines('histograms.csv')).toHaveLength(1 + 3 * 2 * 64 + 3 * 2 * 64 * 3);
    expect(kinds('histograms.csv', 3)).toEqual(['plain input', 'bn input', 'bn raw', 'bn batch']);
    expect(lines('lr_changes.csv')).toEqual(['net,step,lr', 'plain,0,0.5', 'bn,0,0.5']);
  });
});

describe('the JSON history', () => {
  it('reads back to the same probes, the NaN of step 0 included', () => {
    const run = runToEnd(runOf(configFrom('moons-quick', { steps: 30, probeEvery: 10 })));
    const back = historyFromJson(historyToJson(run.history));
    // the step-0 probe's gradient norms are NaN, written as null: the round trip must give NaN back
    expect(run.history.nets.bn.probes[0].layers[0].gradNorm.W).toBeNaN();
    expect(back.nets).toEqual(run.history.nets);
  });
});
