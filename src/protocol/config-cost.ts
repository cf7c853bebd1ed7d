/**
 * What a config will cost before it is built: the arithmetic of one lockstep step and the typed arrays the nets
 * and the data hold. Both threads use it: the page warns, and validateConfig refuses what would not fit.
 */

import type { RunConfig } from './config.ts';

/** Warn above 1 GFLOP per lockstep step: the engine then manages only a few steps a second. */
export const COST_WARN_FLOPS = 1e9;
/** Refuse configs whose typed arrays would need more than 512 MiB. */
export const COST_MAX_BYTES = 512 * 2 ** 20;
/**
 * Dense FLOPs per second the TypeScript engine sustains on one core, measured by `npm run bench` (a paper-fig1
 * twin step, 53 MFLOP, in about 14 ms, helped by MNIST's sparse inputs); kept conservative for dense inputs.
 */
const ENGINE_FLOPS_PER_SECOND = 2e9;

/** Samples the data sets hold (train + test), and the test samples a probe may use. */
const DATA_SAMPLES = { mnist: 10_000, synthetic: 2_500 } as const;
const TEST_SAMPLES = { mnist: 2_000, synthetic: 500 } as const;

export interface ConfigCost {
  /** multiply-adds × 2 of one lockstep training step: every net's forward, backward and update */
  readonly flopsPerStep: number;
  /** typed arrays of the nets (parameters, gradients, momentum, row buffers) and of the data set */
  readonly bytes: number;
  /** what the engine should manage at that cost */
  readonly stepsPerSecond: number;
}

function classesOf(config: RunConfig): number {
  return config.dataset === 'mnist' ? 10 : config.dataset === 'spiral' ? 3 : 2;
}

/** Rows the nets' buffers grow to: the larger of a mini-batch and the probe set. */
function rowsOf(config: RunConfig): number {
  const testRows = config.dataset === 'mnist' ? TEST_SAMPLES.mnist : TEST_SAMPLES.synthetic;
  const probeRows = config.probeSize === 0 ? testRows : Math.min(config.probeSize, testRows);
  return Math.max(config.batchSize, probeRows);
}

export function estimateCost(config: RunConfig): ConfigCost {
  const sizes = [config.inputDim, ...config.hidden, classesOf(config)];
  const m = config.batchSize;
  let weights = 0;
  let weightsAboveInput = 0;
  for (let l = 1; l < sizes.length; l++) {
    weights += sizes[l - 1] * sizes[l];
    if (l > 1) weightsAboveInput += sizes[l - 1] * sizes[l];
  }
  // forward x·Wᵀ and backward dW = dyᵀ·x for every layer, dx = dy·W for every layer but the first: 2 FLOPs a multiply-add
  const perNet = 2 * m * (2 * weights + weightsAboveInput) + 2 * weights;
  const flopsPerStep = perNet * config.nets.length;

  const units = config.hidden.reduce((a, b) => a + b, 0);
  const params = weights + 2 * units + sizes[sizes.length - 1];
  // per row: dense out and dx, BN x̂/out/dx, activation out/dx, softmax probs/dz; kernel scratch of two transposes
  const rowFloats = config.inputDim + 7 * units + 4 * sizes[sizes.length - 1] + 2 * Math.max(...sizes);
  const netFloats = params * (config.momentum > 0 ? 3 : 2) + rowsOf(config) * rowFloats;
  const dataFloats = (config.dataset === 'mnist' ? DATA_SAMPLES.mnist : DATA_SAMPLES.synthetic) * config.inputDim;
  const bytes = 4 * (netFloats * config.nets.length + dataFloats);
  return { flopsPerStep, bytes, stepsPerSecond: ENGINE_FLOPS_PER_SECOND / flopsPerStep };
}

/** e.g. "12.3 GFLOP" or "53 MFLOP". */
export function formatFlops(flops: number): string {
  return flops >= 1e9 ? `${(flops / 1e9).toFixed(1)} GFLOP` : `${Math.round(flops / 1e6)} MFLOP`;
}

/** e.g. "1.2 GB" or "300 MB" (binary units, as the limit). */
export function formatBytes(bytes: number): string {
  return bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(1)} GB` : `${Math.round(bytes / 2 ** 20)} MB`;
}
