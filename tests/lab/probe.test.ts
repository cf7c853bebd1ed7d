import { tsKernels } from '../../src/engine/kernels.ts';
import { describe, expect, it } from 'vitest';
import type { Split } from '../../src/data/dataset.ts';
import { NONLINEARITY_EDGES } from '../../src/diagnostics/histogram.ts';
import { historyToJson } from '../../src/protocol/history-json.ts';
import { NetRun } from '../../src/lab/net-run.ts';
import { probeNet, type ProbeContext } from '../../src/lab/probe.ts';
import type { RunConfig } from '../../src/protocol/config.ts';
import type { RunHistory } from '../../src/protocol/history.ts';
import { configFrom, runOf } from './run-helpers.ts';

/** 2 → 2 → 2 with W1 = I, so the hidden layer's linear output z = x·W1ᵀ is the input itself. */
const W1 = [
  [1, 0],
  [0, 1],
];
const X = [
  [1, 3],
  [2, -1],
  [4, 0],
  [0, 2],
  [8, 6],
];
const EPSILON = 1e-5;

const CONFIG: RunConfig = {
  ...configFrom('moons-quick'),
  hidden: [2],
  batchSize: 5,
  nets: [{ name: 'bn', norm: 'bn' }],
};

function tinyNet(bn: boolean): NetRun {
  const weights = {
    sizes: [2, 2, 2],
    weights: [Float64Array.from(W1.flat()), Float64Array.of(1, -1, -1, 1)],
    biases: [new Float64Array(2), new Float64Array(2)],
  };
  return new NetRun(bn ? 'bn' : 'plain', bn ? 'bn' : 'none', CONFIG, 2, 2, weights, 0.1, tsKernels);
}

const SET: Split = { x: Float32Array.from(X.flat()), y: Uint8Array.of(0, 1, 0, 1, 0), rows: X.length };
const CONTEXT: ProbeContext = { probeSet: SET, train: SET, batchSize: 5, activation: 'sigmoid' };

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = (sorted.length - 1) / 2;
  return (sorted[Math.floor(mid)] + sorted[Math.ceil(mid)]) / 2;
}

/** Unit j's z over the probe set, batch-normalised with its mean and biased variance (γ = 1, β = 0). */
function batchNormalised(j: number): number[] {
  const z = X.map((x) => x[0] * W1[j][0] + x[1] * W1[j][1]);
  const mean = z.reduce((a, b) => a + b, 0) / z.length;
  const variance = z.reduce((a, v) => a + (v - mean) ** 2, 0) / z.length;
  return z.map((v) => (v - mean) / Math.sqrt(variance + EPSILON));
}

describe('a probe of a BN net whose running statistics are still mean 0, variance 1', () => {
  const net = tinyNet(true);
  const bn = net.mlp.hidden[0].batchNorm!;
  const record = probeNet(net, 0, CONTEXT);
  const layer = record.layers[0];

  it('gives the batch-normalised median as the batch p50 of each unit, not the inference-mode one', () => {
    const expected = [0, 1].map((j) => median(batchNormalised(j)));
    // unit 0: z = 1, 2, 4, 0, 8, μ = 3, σ² = 8 → (2 − 3)/√8; unit 1: z = 3, −1, 0, 2, 6, μ = 2, σ² = 6 → 0
    expect(expected[0]).toBeCloseTo(-1 / Math.sqrt(8), 6);
    expect(expected[1]).toBe(0);
    const batch = layer.batchPercentiles!.p50;
    for (const j of [0, 1]) expect(batch[j]).toBeCloseTo(expected[j], 5);
    // inference mode: (2 − 0)/√(1 + ε) for both units
    for (const j of [0, 1]) expect(layer.percentiles.p50[j]).toBeCloseTo(2 / Math.sqrt(1 + EPSILON), 5);
    expect(Array.from(batch)).not.toEqual(Array.from(layer.percentiles.p50));
  });

  it('counts the batch-normalised inputs over the same 64 bins of width 0.25 on [−8, 8]', () => {
    const { edges, counts } = layer.batchHistogram!;
    expect(edges).toEqual(NONLINEARITY_EDGES);
    expect(edges).toEqual(layer.histogram.edges);
    // unit 0: −0.71, −0.35, 0.35, −1.06, 1.77; unit 1: 0.41, −1.22, −0.82, 0, 1.63
    const nonzero = Object.fromEntries([...counts.entries()].filter(([, n]) => n > 0));
    expect(nonzero).toEqual({ 27: 2, 28: 1, 29: 1, 30: 1, 32: 1, 33: 2, 38: 1, 39: 1 });
    // inference mode: z/√(1 + ε), just below z, so 1, 2, 3, 4, 6 and 8 fall just below their edges
    const inference = Object.fromEntries([...layer.histogram.counts.entries()].filter(([, n]) => n > 0));
    expect(inference).toEqual({ 28: 1, 32: 2, 35: 1, 39: 2, 43: 1, 47: 1, 55: 1, 63: 1 });
  });

  it('leaves the running statistics at mean 0, variance 1, and the last training batch’s statistics as they were', () => {
    expect(Array.from(bn.runningMean)).toEqual([0, 0]);
    expect(Array.from(bn.runningVar)).toEqual([1, 1]);
    expect(Array.from(bn.batchMean)).toEqual([0, 0]);
    expect(Array.from(bn.batchVar)).toEqual([0, 0]);
  });

  it('writes the batch histogram and percentiles into the JSON history as plain arrays', () => {
    const history: RunHistory = {
      version: 2,
      backend: 'ts',
      config: CONFIG,
      nets: { bn: { name: 'bn', norm: 'bn', diverged: null, lrChanges: [[0, 0.1]], probes: [record] } },
      thinned: 0,
    };
    const written = JSON.parse(historyToJson(history)).nets.bn.probes[0].layers[0];
    expect(written.batchHistogram.counts).toEqual(Array.from(layer.batchHistogram!.counts));
    expect(written.batchHistogram.edges).toHaveLength(65);
    expect(written.batchPercentiles.p50[1]).toBe(0);
    expect(written.batchPercentiles.p15).toHaveLength(2);
  });
});

describe('a probe of a plain net', () => {
  it('has no batch-statistics fields: there is nothing to normalise', () => {
    const layer = probeNet(tinyNet(false), 0, CONTEXT).layers[0];
    expect(layer.batchHistogram).toBeUndefined();
    expect(layer.batchPercentiles).toBeUndefined();
  });
});

describe('a probe during training', () => {
  it('changes neither the weights nor the running statistics of a BN net that has trained', () => {
    const run = runOf(configFrom('moons-quick', { steps: 20, probeEvery: 1000 }));
    for (let i = 0; i < 10; i++) run.advance();
    const bnNet = run.nets.find((n) => n.norm === 'bn')!;
    const before = bnNet.mlp.toJson();
    const batchStats = bnNet.mlp.batchNorms.map((b) => [Array.from(b.batchMean), Array.from(b.batchVar)]);
    probeNet(bnNet, 10, CONTEXT);
    expect(bnNet.mlp.toJson()).toEqual(before);
    expect(bnNet.mlp.batchNorms.map((b) => [Array.from(b.batchMean), Array.from(b.batchVar)])).toEqual(batchStats);
  });
});
