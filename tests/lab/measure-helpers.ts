/** Shared by the tests of the on-demand measurements: their data, and the check that they leave training as it was. */

import { expect } from 'vitest';
import type { Split } from '../../src/data/dataset.ts';
import { datasetFor } from '../../src/lab/dataset-for.ts';
import { historyToJson } from '../../src/protocol/history-json.ts';
import { probeSet } from '../../src/lab/probe-set.ts';
import type { TwinRun } from '../../src/lab/twin-run.ts';
import { namedNets } from '../../src/protocol/config.ts';
import { configFrom, mnistOnce, runOf, runToEnd } from './run-helpers.ts';

/** The probe set, as TwinRun builds it, and the training split. */
export function measureDataOf(run: TwinRun): { probeSet: Split; train: Split } {
  const dataset = datasetFor(run.config, mnistOnce());
  return { probeSet: probeSet(dataset.test, dataset.inputSize, run.config.probeSize).split, train: dataset.train };
}

/** A run of the quick preset after 100 steps: enough to check determinism at little cost. */
export function quickRun(): TwinRun {
  const run = runOf(configFrom('moons-quick', { steps: 100 }));
  return runToEnd(run);
}

/** Twin runs of every normalising kind, one measured half way: weights, running statistics and history agree. */
export function expectTrainingUnchanged(measure: (run: TwinRun, data: ReturnType<typeof measureDataOf>) => void): void {
  const config = configFrom('paper-fig1', {
    steps: 6,
    probeEvery: 6,
    batchSize: 10,
    probeSize: 100,
    nets: namedNets([{ norm: 'none' }, { norm: 'bn' }, { norm: 'bn-fixed' }, { norm: 'center-stopgrad' }]),
  });
  const measured = runOf(config);
  const control = runOf(config);
  for (let i = 0; i < 3; i++) {
    measured.advance();
    control.advance();
  }
  measure(measured, measureDataOf(measured));
  runToEnd(measured);
  runToEnd(control);
  measured.nets.forEach((net, i) => {
    expect(net.mlp.toJson()).toEqual(control.nets[i].mlp.toJson());
    expect(net.lastLoss).toBe(control.nets[i].lastLoss);
  });
  expect(historyToJson(measured.history)).toBe(historyToJson(control.history));
}
