/** One hidden block: Dense(W, b) → f in the plain net, Dense(W, no bias) → BN(γ, β) → f in the BN net. */

import { Activation, type ActivationName } from './activation.ts';
import { BatchNorm } from './batch-norm.ts';
import { Dense } from './dense.ts';
import type { Floats, Precision } from './floats.ts';
import type { Kernels } from './kernels.ts';
import type { ForwardMode, Layer } from './layer.ts';
import type { Param } from './param.ts';
import { drain, type Slices } from './slices.ts';

export interface HiddenLayerOptions {
  readonly inSize: number;
  readonly units: number;
  /** 1-based layer number */
  readonly index: number;
  readonly activation: ActivationName;
  readonly batchNorm: boolean;
  readonly precision: Precision;
  readonly kernels: Kernels;
  readonly rowCapacity: number;
  /** false for the first layer: its input needs no gradient */
  readonly inputGrad: boolean;
  readonly bnMomentum?: number;
  readonly bnEpsilon?: number;
  readonly sliceMultiplyAdds?: number;
}

export class HiddenLayer implements Layer {
  readonly index: number;
  readonly inSize: number;
  readonly outSize: number;
  readonly units: number;
  readonly dense: Dense;
  /** null in the plain net */
  readonly batchNorm: BatchNorm | null;
  readonly activation: Activation;
  /** W, b (plain) or W, gamma, beta (BN), in the canonical order */
  readonly params: readonly Param[];

  constructor(o: HiddenLayerOptions) {
    const { precision, rowCapacity } = o;
    this.index = o.index;
    this.inSize = o.inSize;
    this.outSize = this.units = o.units;
    this.dense = new Dense({
      inSize: o.inSize,
      outSize: o.units,
      bias: !o.batchNorm,
      layer: o.index,
      precision,
      kernels: o.kernels,
      rowCapacity,
      inputGrad: o.inputGrad,
      sliceMultiplyAdds: o.sliceMultiplyAdds,
    });
    this.batchNorm = o.batchNorm
      ? new BatchNorm({
          units: o.units,
          layer: o.index,
          precision,
          rowCapacity,
          momentum: o.bnMomentum,
          epsilon: o.bnEpsilon,
        })
      : null;
    this.activation = new Activation(o.activation, o.units, precision, rowCapacity);
    this.params = [...this.dense.params, ...(this.batchNorm?.params ?? [])];
  }

  get rows(): number {
    return this.dense.rows;
  }

  /** The nonlinearity's output, rows × units. */
  get y(): Floats {
    return this.activation.y;
  }

  /** x·Wᵀ (+ b): the layer's linear output, before BN in the BN net. rows × units. */
  get linearOutput(): Floats {
    return this.dense.y;
  }

  /** The nonlinearity's input: BN's γ·x̂ + β in the BN net, x·Wᵀ + b in the plain net. rows × units. */
  get activationInput(): Floats {
    return this.batchNorm === null ? this.dense.y : this.batchNorm.y;
  }

  /** The nonlinearity's output, rows × units (the same buffer as y). */
  get activationOutput(): Floats {
    return this.activation.y;
  }

  forward(x: Floats, rows: number, mode: ForwardMode): Floats {
    return drain(this.forwardSlices(x, rows, mode));
  }

  *forwardSlices(x: Floats, rows: number, mode: ForwardMode): Slices<Floats> {
    let h = yield* this.dense.forwardSlices(x, rows, mode);
    if (this.batchNorm !== null) h = this.batchNorm.forward(h, rows, mode);
    return this.activation.forward(h, rows, mode);
  }

  /** dL/dx through f, BN and the dense layer; null for the first layer. */
  backward(dy: Floats): Floats | null {
    return drain(this.backwardSlices(dy));
  }

  *backwardSlices(dy: Floats): Slices<Floats | null> {
    let d = this.activation.backward(dy);
    if (this.batchNorm !== null) d = this.batchNorm.backward(d);
    return yield* this.dense.backwardSlices(d);
  }
}
