/**
 * A net's predictions for every row of a split scored in training mode ('batch'): the split is cut into consecutive
 * batches of a seeded order, and BN normalises each batch by its own statistics, with no running update. A row's
 * prediction then depends on its batch mates, which is what the inference and regularizer measurements show.
 */

import { gatherBatch } from '../data/batch-stream.ts';
import type { Split } from '../data/dataset.ts';
import type { Mlp } from '../engine/mlp.ts';
import { shuffleInPlace, type Rng } from '../engine/rng.ts';

/** A seeded permutation of 0 … n − 1: Fisher–Yates from the identity. */
export function seededPermutation(rng: Rng, n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  shuffleInPlace(rng, order);
  return order;
}

/** Fraction of rows whose predicted class is the label. */
export function accuracyOf(predicted: Uint8Array, labels: Uint8Array): number {
  let correct = 0;
  for (let i = 0; i < labels.length; i++) if (predicted[i] === labels[i]) correct++;
  return correct / labels.length;
}

export class BatchPredictor {
  private readonly cols: number;
  private readonly x: Float32Array;
  private readonly y: Uint8Array;
  private readonly batchPredicted: Uint8Array;

  /** Buffers for batches of up to maxBatch rows of `set`, reused by every call. */
  constructor(
    private readonly set: Split,
    maxBatch: number,
  ) {
    this.cols = set.rows > 0 ? set.x.length / set.rows : 0;
    this.x = new Float32Array(maxBatch * this.cols);
    this.y = new Uint8Array(maxBatch);
    this.batchPredicted = new Uint8Array(maxBatch);
  }

  /**
   * out[i] = the class predicted for row i of the set in the batch it falls in, the set taken in `order` and cut
   * into batches of batchSize rows; the last batch holds the rest, so every row is scored exactly once.
   */
  predict(mlp: Mlp, order: Int32Array, batchSize: number, out: Uint8Array): void {
    if (batchSize > this.y.length) throw new Error(`expected batches of at most ${this.y.length}, got ${batchSize}`);
    const n = order.length;
    for (let start = 0; start < n; start += batchSize) {
      const rows = Math.min(batchSize, n - start);
      const indices = order.subarray(start, start + rows);
      gatherBatch(this.set, indices, this.x.subarray(0, rows * this.cols), this.y.subarray(0, rows));
      mlp.forward(this.x, rows, 'batch');
      mlp.predict(this.batchPredicted);
      for (let r = 0; r < rows; r++) out[indices[r]] = this.batchPredicted[r];
    }
  }
}
