/** Softmax cross-entropy on integer labels: L = mean over rows of −log softmax(z)[y]. */

import { exp, log } from './det-math.ts';
import type { Floats, Precision } from './floats.ts';
import { RowBuffer } from './row-buffer.ts';

/** Integer class labels, one per row (Uint8Array, Int32Array, number[] …). */
export type Labels = ArrayLike<number>;

export class SoftmaxCrossEntropy {
  private rowCount = 0;
  /** cache: the labels of the last forward (a reference) */
  private labels: Labels = [];
  /** cache: softmax(z), rows × classes */
  private readonly probs: RowBuffer;
  private readonly dzBuffer: RowBuffer;

  constructor(
    readonly classes: number,
    precision: Precision,
    rowCapacity: number,
  ) {
    this.probs = new RowBuffer(precision, classes, rowCapacity);
    this.dzBuffer = new RowBuffer(precision, classes, rowCapacity);
  }

  /** softmax(z) of the last forward, rows × classes. */
  get probabilities(): Floats {
    return this.probs.current;
  }

  /** Mean cross-entropy of logits z (rows × classes) against labels; stable log-sum-exp. */
  forward(z: Floats, labels: Labels, rows: number): number {
    const c = this.classes;
    const p = this.probs.ensure(rows);
    this.rowCount = rows;
    this.labels = labels;
    let total = 0;
    for (let r = 0; r < rows; r++) {
      const o = r * c;
      const y = labels[r];
      if (!Number.isInteger(y) || y < 0 || y >= c)
        throw new Error(`expected labels in 0…${c - 1}, got ${y} at row ${r}`);
      let max = -Infinity;
      for (let j = 0; j < c; j++) if (z[o + j] > max) max = z[o + j];
      let sum = 0;
      for (let j = 0; j < c; j++) sum += exp(z[o + j] - max);
      // −log softmax(z)[y] = log Σ e^z − z_y = max + log Σ e^(z − max) − z_y
      const logSum = max + log(sum);
      total += logSum - z[o + y];
      for (let j = 0; j < c; j++) p[o + j] = exp(z[o + j] - logSum);
    }
    return total / rows;
  }

  /** dL/dz = (softmax(z) − onehot(y)) / m, rows × classes. */
  backward(): Floats {
    const c = this.classes;
    const m = this.rowCount;
    const p = this.probs.current;
    const dz = this.dzBuffer.ensure(m);
    for (let r = 0; r < m; r++) {
      const o = r * c;
      const y = this.labels[r];
      for (let j = 0; j < c; j++) dz[o + j] = (p[o + j] - (j === y ? 1 : 0)) / m;
    }
    return dz;
  }
}

/** out[r] = argmax_j z[r][j] (the first on ties) for rows × cols logits. */
export function argmaxRows(z: Floats, rows: number, cols: number, out: { [index: number]: number }): void {
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    let best = 0;
    for (let j = 1; j < cols; j++) if (z[o + j] > z[o + best]) best = j;
    out[r] = best;
  }
}

/** Fraction of rows whose argmax equals the label. */
export function accuracy(z: Floats, labels: Labels, rows: number, cols: number): number {
  let correct = 0;
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    let best = 0;
    for (let j = 1; j < cols; j++) if (z[o + j] > z[o + best]) best = j;
    if (best === labels[r]) correct++;
  }
  return correct / rows;
}
