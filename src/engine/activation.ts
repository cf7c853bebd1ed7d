/** Elementwise nonlinearities (sigmoid, tanh, relu): the layer, and scalar f and f′ for diagnostics. */

import type { Floats, Precision } from './floats.ts';
import type { ForwardMode, Layer } from './layer.ts';
import type { Param } from './param.ts';
import { RowBuffer } from './row-buffer.ts';

export type ActivationName = 'sigmoid' | 'tanh' | 'relu';

/** A scalar nonlinearity and its derivative, for diagnostics (saturation, mean derivative). */
export interface ActivationFunction {
  readonly name: ActivationName;
  f(x: number): number;
  /** f′(x) */
  derivative(x: number): number;
  /** max over x of f′(x): ¼ for sigmoid, 1 for tanh and relu */
  readonly maxDerivative: number;
}

/** σ(x) = 1 / (1 + e^(−x)) */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export const ACTIVATIONS: Readonly<Record<ActivationName, ActivationFunction>> = {
  sigmoid: {
    name: 'sigmoid',
    f: sigmoid,
    // σ'(x) = σ(x)(1 − σ(x))
    derivative: (x) => {
      const s = sigmoid(x);
      return s * (1 - s);
    },
    maxDerivative: 0.25,
  },
  tanh: {
    name: 'tanh',
    f: Math.tanh,
    // tanh'(x) = 1 − tanh²(x)
    derivative: (x) => {
      const t = Math.tanh(x);
      return 1 - t * t;
    },
    maxDerivative: 1,
  },
  relu: {
    name: 'relu',
    f: (x) => (x > 0 ? x : 0),
    // relu'(0) = 0, as PyTorch
    derivative: (x) => (x > 0 ? 1 : 0),
    maxDerivative: 1,
  },
};

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
    if (this.kind === 'sigmoid') for (let i = 0; i < n; i++) y[i] = 1 / (1 + Math.exp(-x[i]));
    else if (this.kind === 'tanh') for (let i = 0; i < n; i++) y[i] = Math.tanh(x[i]);
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
      for (let i = 0; i < n; i++) dx[i] = dy[i] * y[i] * (1 - y[i]);
    } else if (this.kind === 'tanh') {
      // tanh'(x) = 1 − y²
      for (let i = 0; i < n; i++) dx[i] = dy[i] * (1 - y[i] * y[i]);
    } else {
      for (let i = 0; i < n; i++) dx[i] = x[i] > 0 ? dy[i] : 0;
    }
    return dx;
  }
}
