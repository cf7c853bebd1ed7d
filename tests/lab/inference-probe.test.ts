import { beforeAll, describe, expect, it } from 'vitest';
import type { Mlp } from '../../src/engine/mlp.ts';
import { inferenceProbe } from '../../src/lab/inference-probe.ts';
import type { InferenceProbeResult } from '../../src/protocol/measurements.ts';
import type { TwinRun } from '../../src/lab/twin-run.ts';
import { expectTrainingUnchanged, measureDataOf, quickRun } from './measure-helpers.ts';
import { configFrom, runOf } from './run-helpers.ts';

/** The class a sigmoid BN net outputs when every x̂ is 0: logits = W·σ(β_L) + b, whatever the input. */
function constantClass(mlp: Mlp): number {
  const L = mlp.hidden.length;
  const beta = mlp.param(`beta${L}`).value;
  const W = mlp.param(`W${L + 1}`).value;
  const b = mlp.param(`b${L + 1}`).value;
  const h = Array.from(beta, (v) => 1 / (1 + Math.exp(-v)));
  const logits = Array.from(b, (bias, c) => h.reduce((s, hj, j) => s + W[c * h.length + j] * hj, bias));
  return logits.indexOf(Math.max(...logits));
}

describe('train vs inference on paper-fig1 after 300 steps', () => {
  let run: TwinRun;
  let result: InferenceProbeResult;

  beforeAll(() => {
    run = runOf(configFrom('paper-fig1', { steps: 300, probeEvery: 300, probeSize: 1000 }));
    while (!run.finished) run.advance();
    result = inferenceProbe(run, measureDataOf(run));
    console.log('inference probe at step 300:', JSON.stringify(result));
  }, 60_000);

  it('scores batches of 1, 2, 4, 8, 16 and the training batch size 60', () => {
    expect(result.step).toBe(300);
    expect(result.batchSizes).toEqual([1, 2, 4, 8, 16, 60]);
    expect(Object.keys(result.nets)).toEqual(['plain', 'bn']);
  });

  it('gives the running and population accuracies the probe of this step recorded', () => {
    const probe = (name: string) => run.history.nets[name].probes.at(-1)!;
    expect(probe('bn').step).toBe(300);
    expect(result.nets.bn.running).toBe(probe('bn').testAccuracy);
    expect(result.nets.bn.population).toBe(probe('bn').populationAccuracy);
    expect(result.nets.plain.running).toBe(probe('plain').testAccuracy);
  });

  it('gives the plain net its eval accuracy in every mode and at every batch size', () => {
    const { running, population, byBatchSize } = result.nets.plain;
    expect(population).toBe(running);
    expect(byBatchSize).toEqual(result.batchSizes.map(() => running));
  });

  it('at batch 1 scores the BN net as a constant prediction of the class it outputs for x̂ = 0', () => {
    // (c + 1)·10 digits of class c: every class has its own share (c + 1)/55, so the share names the class
    const { probeSet, train } = measureDataOf(run);
    const taken = new Array<number>(10).fill(0);
    const rows = Array.from(probeSet.y.keys()).filter((i) => taken[probeSet.y[i]]++ < (probeSet.y[i] + 1) * 10);
    const cols = probeSet.x.length / probeSet.rows;
    const skewed = {
      x: Float32Array.from(rows.flatMap((i) => Array.from(probeSet.x.subarray(i * cols, (i + 1) * cols)))),
      y: Uint8Array.from(rows, (i) => probeSet.y[i]),
      rows: rows.length,
    };
    expect(skewed.rows).toBe(550);
    const bn = run.nets.find((n) => n.name === 'bn')!;
    const cls = constantClass(bn.mlp);
    const atBatch1 = inferenceProbe(run, { probeSet: skewed, train }).nets.bn.byBatchSize[0];
    expect(atBatch1).toBe(skewed.y.filter((label) => label === cls).length / skewed.rows);
    expect(atBatch1).toBeCloseTo((cls + 1) / 55, 12);
  });

  it('gives the BN net nearly its inference accuracy at the training batch size, far more than at batch 1', () => {
    const { population, byBatchSize } = result.nets.bn;
    expect(Math.abs(byBatchSize[5] - population)).toBeLessThan(0.05);
    expect(byBatchSize[5]).toBeGreaterThan(byBatchSize[0] + 0.3);
  });
});

describe('the inference measurement', () => {
  it('gives the same result for the same seed, and other small batches for another seed', () => {
    const run = quickRun();
    const data = measureDataOf(run);
    const result = inferenceProbe(run, data);
    expect(result.batchSizes).toEqual([1, 2, 4, 8, 16, 32]);
    expect(inferenceProbe(run, data)).toEqual(result);
    expect(inferenceProbe(run, data, 12345).nets.bn.byBatchSize).not.toEqual(result.nets.bn.byBatchSize);
  });

  it('leaves training bit-identical: weights, running statistics, losses and history', () => {
    expectTrainingUnchanged((run, data) => {
      const result = inferenceProbe(run, data);
      expect(Object.keys(result.nets)).toEqual(['plain', 'bn', 'bn-fixed', 'center-stopgrad']);
    });
  });
});
