/** The mini-batch order: an endless concatenation of seeded Fisher–Yates epochs (tests/fixtures/README.md). */

import type { Floats } from '../engine/floats.ts';
import { shuffleInPlace, type Rng } from '../engine/rng.ts';
import type { Split } from './dataset.ts';

/** Label buffers the engine may use for a batch. */
export type LabelBuffer = Uint8Array | Int32Array;

/** Step s yields stream positions [B·s, B·s + B); a batch may straddle two epochs. */
export class BatchStream {
  /** the current epoch's permutation of [0 … n−1] */
  private readonly order: Int32Array;
  /** next stream position within the current epoch; n = the epoch is used up */
  private position: number;
  /** batches handed out so far */
  private taken = 0;

  private readonly rng: Rng;
  /** samples per epoch */
  readonly n: number;
  readonly batchSize: number;

  /** `rng` must be used by this stream alone, freshly seeded with the data seed. */
  constructor(rng: Rng, n: number, batchSize: number) {
    if (!Number.isInteger(n) || n < 1) throw new Error(`BatchStream: expected n ≥ 1 samples, got ${n}`);
    if (!Number.isInteger(batchSize) || batchSize < 1) {
      throw new Error(`BatchStream: expected a batch size ≥ 1, got ${batchSize}`);
    }
    this.rng = rng;
    this.n = n;
    this.batchSize = batchSize;
    this.order = new Int32Array(n);
    this.position = n;
  }

  /** Batches handed out so far (= the next step's index). */
  get steps(): number {
    return this.taken;
  }

  /** Writes the next batch's sample indices into `out` (length = batchSize). */
  next(out: Int32Array): void {
    if (out.length !== this.batchSize) {
      throw new Error(`BatchStream: expected an index buffer of ${this.batchSize}, got ${out.length}`);
    }
    for (let k = 0; k < out.length; k++) {
      if (this.position === this.n) this.shuffle();
      out[k] = this.order[this.position++];
    }
    this.taken++;
  }

  /** A new epoch: the identity, then for i = n−1 … 1: j = ⌊u·(i+1)⌋, swap(a[i], a[j]). */
  private shuffle(): void {
    for (let i = 0; i < this.n; i++) this.order[i] = i;
    shuffleInPlace(this.rng, this.order);
    this.position = 0;
  }
}

/** Copies rows `indices` of `split` into outX (indices.length × cols, f32 or f64) and outY; allocates nothing. */
export function gatherBatch(split: Split, indices: Int32Array, outX: Floats, outY: LabelBuffer): void {
  const m = indices.length;
  const cols = split.rows > 0 ? split.x.length / split.rows : 0;
  if (outX.length !== m * cols || outY.length !== m) {
    throw new Error(`gatherBatch: expected buffers of ${m}×${cols} and ${m}, got ${outX.length} and ${outY.length}`);
  }
  const { x, y } = split;
  for (let r = 0; r < m; r++) {
    const i = indices[r];
    if (!(i >= 0 && i < split.rows)) throw new Error(`gatherBatch: index ${i} outside [0, ${split.rows})`);
    const from = i * cols;
    const to = r * cols;
    for (let c = 0; c < cols; c++) outX[to + c] = x[from + c];
    outY[r] = y[i];
  }
}
