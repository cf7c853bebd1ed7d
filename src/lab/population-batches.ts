/**
 * The fixed training mini-batches over which the paper's Algorithm 2 estimates BN's population statistics.
 * Batch j of size m holds train samples j, j + s, j + 2s, … with stride s = ⌊n / m⌋, for j = 0 … count − 1:
 * spread over the whole training set (MNIST's is ordered by digit), the same for every seed. There are 20 batches,
 * fewer for batches over 60 samples, so that the estimate reads at most 1,200 samples: a probe of a huge net then
 * costs about as much as the 1,000-sample probe set itself, not twenty times more.
 */

import { gatherBatch } from '../data/batch-stream.ts';
import type { Split } from '../data/dataset.ts';
import type { Mlp } from '../engine/mlp.ts';
import type { Slices } from '../engine/slices.ts';

const POPULATION_BATCHES = 20;
const POPULATION_SAMPLES = 1200;

/**
 * Feeds the fixed batches through a normalising net in 'accumulate' mode, leaving it ready for 'population'
 * forwards. In slices: drain it, or run it inside a probe's slices.
 */
export function* estimatePopulation(
  mlp: Mlp,
  train: Split,
  batchSize: number,
  count = Math.max(1, Math.min(POPULATION_BATCHES, Math.floor(POPULATION_SAMPLES / batchSize))),
): Slices<void> {
  const m = Math.min(batchSize, train.rows);
  const stride = Math.max(1, Math.floor(train.rows / m));
  const indices = new Int32Array(m);
  const x = new Float32Array(m * mlp.inputSize);
  const y = new Uint8Array(m);
  mlp.beginPopulation();
  for (let j = 0; j < Math.min(count, stride); j++) {
    for (let t = 0; t < m; t++) indices[t] = j + t * stride;
    gatherBatch(train, indices, x, y);
    yield* mlp.forwardSlices(x, m, 'accumulate');
  }
  mlp.endPopulation();
}
