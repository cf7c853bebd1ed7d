/** Elementwise nonlinearities (sigmoid, tanh, relu): the layer, and scalar f and f′ for diagnostics. */

import { tanh } from './det-math.ts';
import type { Floats, Precision } from './floats.ts';
import { tsKernels, type Kernels } from './kernels.ts';
import type { ForwardMode, Layer } from './layer.ts';
import type { Param } from './param.ts';
import { RowBuffer } from './row-buffer.ts';

export type ActivationName = 'sigmoid' | 'tanh' | 'relu';

/** y = f(x) elementwise over rows × units. */
export class Activation implements Layer {
  readonly params: readonly Param[] = [];
  readonly inSize: number;
  readonly outSize: number;
  /** cache: the input of the last forward (a reference, not a copy) */
  private x: Floats;
  private rowCount = 0;
  private readonly out: RowBuffer;
  private readonly dxBuffer: RowBuffer;

  constructor(
    readonly kind: ActivationName,
    readonly units: number,
    precision: Precision,
    rowCapacity: number,
    private readonly kernels: Kernels = tsKernels,
  ) {
    this.inSize = units;
    this.outSize = units;
    this.out = new RowBuffer(precision, units, rowCapacity);
    this.dxBuffer = new RowBuffer(precision, units, rowCapacity);
    this.x = this.out.current;
  }

  get rows(): number {
    return this.rowCount;
  }

  /** f(x), rows × units. */
  get y(): Floats {
    return this.out.current;
  }

  forward(x: Floats, rows: number, _mode: ForwardMode): Floats {
    this.x = x;
    this.rowCount = rows;
    const y = this.out.ensure(rows);
    const n = rows * this.units;
    if (this.kind === 'sigmoid') this.kernels.sigmoid(x, y, n);
    else if (this.kind === 'tanh') for (let i = 0; i < n; i++) y[i] = tanh(x[i]);
    else for (let i = 0; i < n; i++) y[i] = x[i] > 0 ? x[i] : 0;
    return y;
  }

  /** dx = dy ⊙ f′(x), with f′ taken from the cached output where it can be. */
  backward(dy: Floats): Floats {
    const n = this.rowCount * this.units;
    const dx = this.dxBuffer.ensure(this.rowCount);
    const y = this.out.current;
    const x = this.x;
    if (this.kind === 'sigmoid') {
      // σ'(x) = σ(x)(1 − σ(x))
      this.kernels.sigmoidBackward(dy, y, dx, n);
    } else if (this.kind === 'tanh') {
      // tanh'(x) = 1 − y²
      for (let i = 0; i < n; i++) dx[i] = dy[i] * (1 - y[i] * y[i]);
    } else {
      for (let i = 0; i < n; i++) dx[i] = x[i] > 0 ? dy[i] : 0;
    }
    return dx;
  }
}
