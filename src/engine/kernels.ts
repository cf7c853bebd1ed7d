/** The swappable matmul kernels (a WebAssembly SIMD build will implement the same interface) and the TypeScript one. */

import { precisionOf, type Floats } from './floats.ts';
import { rowDots } from './row-dots.ts';

/**
 * Dense row-major matrix products. Sizes are explicit, so any buffer may be longer than needed.
 * `out` must not alias an input. Accumulation is in float64 whatever the storage precision.
 */
export interface Kernels {
  readonly name: string;
  /** out[m×n] = a[m×k] · b[n×k]ᵀ (+ bias[n] when given): y = x·Wᵀ + b with W stored W[out][in]. */
  matmulTransB(a: Floats, b: Floats, out: Floats, m: number, k: number, n: number, bias?: Floats | null): void;
  /** out[k×n] = a[m×k]ᵀ · b[m×n]: dW = dyᵀ · x. */
  matmulTransA(a: Floats, b: Floats, out: Floats, m: number, k: number, n: number): void;
  /** out[m×n] = a[m×k] · b[k×n]: dx = dy · W. */
  matmul(a: Floats, b: Floats, out: Floats, m: number, k: number, n: number): void;
}

/** dst[c×rows + r] = src[r×cols + c]: a rows × cols matrix into its cols × rows transpose. */
function transpose(src: Floats, dst: Floats, rows: number, cols: number): void {
  for (let r = 0; r < rows; r++) {
    const s = r * cols;
    for (let c = 0; c < cols; c++) dst[c * rows + r] = src[s + c];
  }
}

/** Scratch that grows to the largest size asked for and is then reused: the kernels allocate only on growth. */
class KernelScratch {
  private idx = new Int32Array(0);
  private val = new Float64Array(0);
  private readonly f32: Float32Array[] = [new Float32Array(0), new Float32Array(0)];
  private readonly f64: Float64Array[] = [new Float64Array(0), new Float64Array(0)];

  /** Gather buffers for a row of length k. */
  gatherIdx(k: number): Int32Array {
    if (this.idx.length < k) this.idx = new Int32Array(k);
    return this.idx;
  }

  gatherVal(k: number): Float64Array {
    if (this.val.length < k) this.val = new Float64Array(k);
    return this.val;
  }

  /** Scratch slot 0 or 1 of at least `length`, in the precision of `like` (keeps the inner loop monomorphic). */
  floats(like: Floats, slot: number, length: number): Floats {
    if (precisionOf(like) === 'f64') {
      if (this.f64[slot].length < length) this.f64[slot] = new Float64Array(length);
      return this.f64[slot];
    }
    if (this.f32[slot].length < length) this.f32[slot] = new Float32Array(length);
    return this.f32[slot];
  }
}

/** A TypeScript kernel set with its own scratch (one per thread is plenty). */
export function createTsKernels(): Kernels {
  const scratch = new KernelScratch();
  return {
    name: 'ts',
    matmulTransB(a, b, out, m, k, n, bias = null) {
      rowDots(a, b, out, m, k, n, bias, n, 1, scratch.gatherIdx(k), scratch.gatherVal(k));
    },
    matmulTransA(a, b, out, m, k, n) {
      // out[p][q] = Σ_r a[r][p] · b[r][q] is a dot product of columns: transpose both, then the rows of bᵀ
      // (one input feature across the batch) are the sparse side, and out is written transposed.
      const aT = scratch.floats(a, 0, m * k);
      const bT = scratch.floats(b, 1, m * n);
      transpose(a, aT, m, k);
      transpose(b, bT, m, n);
      rowDots(bT, aT, out, n, m, k, null, 1, n, scratch.gatherIdx(m), scratch.gatherVal(m));
    },
    matmul(a, b, out, m, k, n) {
      const bT = scratch.floats(b, 0, k * n);
      transpose(b, bT, k, n);
      rowDots(a, bT, out, m, k, n, null, n, 1, scratch.gatherIdx(k), scratch.gatherVal(k));
    },
  };
}

/** The default kernels. */
export const tsKernels: Kernels = createTsKernels();
