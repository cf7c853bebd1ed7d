/**
 * The swappable kernels behind every layer: the readable TypeScript reference here, and the WebAssembly SIMD build
 * (wasm-kernels.ts) with the same interface.
 */

import { exp } from './det-math.ts';
import { allocFloats, precisionOf, type Floats, type Precision } from './floats.ts';
import { batchStats, normalize, normBackward, sigmoidBackward } from './norm-passes.ts';
import { rowDots } from './row-dots.ts';

/** The name of a kernel backend: 'ts' (this file) or 'wasm' (wasm-kernels.ts). */
export type Backend = 'ts' | 'wasm';

/**
 * Dense row-major matrix products, the sigmoid pass and the SGD update. Sizes are explicit, so any buffer may be
 * longer than needed. `out` must not alias an input. The TypeScript kernels accumulate in float64 whatever the
 * storage precision; the WebAssembly ones in float32.
 */
export interface Kernels {
  readonly name: Backend;
  /**
   * A fixed-length array for a parameter or an optimiser buffer, which the kernels read and write in place. Fetch it
   * through the returned getter at each use: the WebAssembly kernels' memory may grow, and growing replaces its views.
   */
  allocate(precision: Precision, length: number): () => Floats;
  /** out[m×n] = a[m×k] · b[n×k]ᵀ (+ bias[n] when given): y = x·Wᵀ + b with W stored W[out][in]. */
  matmulTransB(a: Floats, b: Floats, out: Floats, m: number, k: number, n: number, bias?: Floats | null): void;
  /** out[k×n] = a[m×k]ᵀ · b[m×n]: dW = dyᵀ · x. */
  matmulTransA(a: Floats, b: Floats, out: Floats, m: number, k: number, n: number): void;
  /** out[m×n] = a[m×k] · b[k×n]: dx = dy · W. */
  matmul(a: Floats, b: Floats, out: Floats, m: number, k: number, n: number): void;
  /** y[i] = σ(x[i]) for i < n. */
  sigmoid(x: Floats, y: Floats, n: number): void;
  /** Batch normalization's passes and σ's backward pass (norm-passes.ts): the same bits in both backends. */
  readonly batchStats: typeof batchStats;
  readonly normalize: typeof normalize;
  readonly normBackward: typeof normBackward;
  readonly sigmoidBackward: typeof sigmoidBackward;
  /**
   * One SGD update of a parameter: p ← p − lr·g, or with momentum μ > 0 and its velocity v: v ← μ·v + g,
   * p ← p − lr·v (PyTorch's convention); each entry in float64, rounded once to the storage precision. Writes
   * norms[0…2] = ‖g‖², ‖Δp‖² and ‖p‖² after the update, summed in float64 in index order.
   */
  sgdStep(
    value: Floats,
    grad: Floats,
    velocity: Floats | null,
    lr: number,
    momentum: number,
    norms: Float64Array,
  ): void;
}

/** σ(x) = 1 / (1 + e^(−x)) */
export function sigmoid(x: number): number {
  return 1 / (1 + exp(-x));
}

/** The SGD update and its norms, as the Kernels interface states. */
const sgdStep: Kernels['sgdStep'] = (value, grad, velocity, lr, momentum, norms) => {
  let gg = 0;
  let dd = 0;
  let pp = 0;
  for (let j = 0; j < value.length; j++) {
    const g = grad[j];
    let step = g;
    if (velocity !== null) {
      velocity[j] = momentum * velocity[j] + g;
      step = velocity[j];
    }
    const delta = lr * step;
    value[j] -= delta;
    gg += g * g;
    dd += delta * delta;
    pp += value[j] * value[j];
  }
  norms[0] = gg;
  norms[1] = dd;
  norms[2] = pp;
};

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
    allocate(precision, length) {
      const a = allocFloats(precision, length);
      return () => a;
    },
    sigmoid(x, y, n) {
      for (let i = 0; i < n; i++) y[i] = sigmoid(x[i]);
    },
    sgdStep,
    batchStats,
    normalize,
    normBackward,
    sigmoidBackward,
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
