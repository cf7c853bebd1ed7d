/** Fully connected layer: y = x · Wᵀ + b, with W stored W[out][in]. */

import type { Floats, Precision } from './floats.ts';
import type { Kernels } from './kernels.ts';
import type { ForwardMode, Layer } from './layer.ts';
import { createParam, type Param } from './param.ts';
import { RowBuffer } from './row-buffer.ts';
import { drain, rowsPerSlice, SLICE_MULTIPLY_ADDS, type Slices } from './slices.ts';

export interface DenseOptions {
  readonly inSize: number;
  readonly outSize: number;
  /** false drops b (before batch norm, whose β replaces it) */
  readonly bias: boolean;
  /** 1-based layer number, for the parameter names W1, b1, … */
  readonly layer: number;
  readonly precision: Precision;
  readonly kernels: Kernels;
  /** rows the buffers are first sized for */
  readonly rowCapacity: number;
  /** false skips dL/dx (the first layer: its input is the data, and dL/dx would be the biggest matmul) */
  readonly inputGrad?: boolean;
  /** multiply-adds per slice of a product (default SLICE_MULTIPLY_ADDS) */
  readonly sliceMultiplyAdds?: number;
}

export class Dense implements Layer {
  readonly inSize: number;
  readonly outSize: number;
  /** W[out][in], with dL/dW */
  readonly W: Param;
  /** b[out] with dL/db, or null without bias */
  readonly b: Param | null;
  readonly params: readonly Param[];
  readonly inputGrad: boolean;
  private readonly kernels: Kernels;
  private readonly sliceMultiplyAdds: number;
  /** cache: the input of the last forward (a reference, not a copy) */
  private x: Floats;
  private rowCount = 0;
  private readonly out: RowBuffer;
  private readonly dxBuffer: RowBuffer;

  constructor(o: DenseOptions) {
    this.inSize = o.inSize;
    this.outSize = o.outSize;
    this.W = createParam('W', o.layer, o.outSize, o.inSize, o.precision, o.kernels);
    this.b = o.bias ? createParam('b', o.layer, 1, o.outSize, o.precision, o.kernels) : null;
    this.params = this.b === null ? [this.W] : [this.W, this.b];
    this.inputGrad = o.inputGrad ?? true;
    this.kernels = o.kernels;
    this.sliceMultiplyAdds = o.sliceMultiplyAdds ?? SLICE_MULTIPLY_ADDS;
    this.out = new RowBuffer(o.precision, o.outSize, o.rowCapacity);
    this.dxBuffer = new RowBuffer(o.precision, o.inSize, this.inputGrad ? o.rowCapacity : 0);
    this.x = this.out.current;
  }

  get rows(): number {
    return this.rowCount;
  }

  /** y = x·Wᵀ + b, rows × out. */
  get y(): Floats {
    return this.out.current;
  }

  forward(x: Floats, rows: number, mode: ForwardMode): Floats {
    return drain(this.forwardSlices(x, rows, mode));
  }

  /** forward, a slice of rows at a time: each row of y depends only on its row of x, so slicing changes no bit. */
  *forwardSlices(x: Floats, rows: number, _mode: ForwardMode): Slices<Floats> {
    this.x = x;
    this.rowCount = rows;
    const y = this.out.ensure(rows);
    const step = rowsPerSlice(rows, this.inSize * this.outSize, this.sliceMultiplyAdds);
    if (step === rows) {
      this.kernels.matmulTransB(x, this.W.value, y, rows, this.inSize, this.outSize, this.b?.value ?? null);
      return y;
    }
    for (let r = 0; r < rows; r += step) {
      const n = Math.min(step, rows - r);
      const xRows = x.subarray(r * this.inSize, (r + n) * this.inSize);
      const yRows = y.subarray(r * this.outSize, (r + n) * this.outSize);
      this.kernels.matmulTransB(xRows, this.W.value, yRows, n, this.inSize, this.outSize, this.b?.value ?? null);
      yield;
    }
    return y;
  }

  /** dW = dyᵀ · x, db = Σ_rows dy, dx = dy · W. */
  backward(dy: Floats): Floats | null {
    return drain(this.backwardSlices(dy));
  }

  /** backward, with dx a slice of rows at a time (each row of dx depends only on its row of dy). */
  *backwardSlices(dy: Floats): Slices<Floats | null> {
    const m = this.rowCount;
    this.kernels.matmulTransA(dy, this.x, this.W.grad, m, this.outSize, this.inSize);
    if (this.b !== null) columnSums(dy, m, this.outSize, this.b.grad);
    if (!this.inputGrad) return null;
    const dx = this.dxBuffer.ensure(m);
    const step = rowsPerSlice(m, this.inSize * this.outSize, this.sliceMultiplyAdds);
    if (step === m) {
      this.kernels.matmul(dy, this.W.value, dx, m, this.outSize, this.inSize);
      return dx;
    }
    yield;
    for (let r = 0; r < m; r += step) {
      const n = Math.min(step, m - r);
      const dyRows = dy.subarray(r * this.outSize, (r + n) * this.outSize);
      this.kernels.matmul(
        dyRows,
        this.W.value,
        dx.subarray(r * this.inSize, (r + n) * this.inSize),
        n,
        this.outSize,
        this.inSize,
      );
      yield;
    }
    return dx;
  }
}

/** out[j] = Σ_r a[r][j] over the first `rows` rows, summed in float64. */
function columnSums(a: Floats, rows: number, cols: number, out: Floats): void {
  for (let j = 0; j < cols; j++) {
    let s = 0;
    for (let r = 0; r < rows; r++) s += a[r * cols + j];
    out[j] = s;
  }
}
