/**
 * One hidden block, by its normalisation kind:
 * - `none`: Dense(W, b) → f, the plain net;
 * - `bn`: Dense(W, no bias) → BN(γ, β) → f, Algorithm 1 (β replaces the bias);
 * - `bn-fixed`: Dense(W, no bias) → BN with γ = 1, β = 0 frozen → f;
 * - `center-stopgrad`: Dense(W, b) → x − μ_B with μ_B a constant in backprop → f, the trap of §2;
 * - `noisy-bn`: Dense(W, no bias) → BN(γ, β) → a ← s⊙a + m, random per step in training → f (Santurkar et al. §2).
 */

import { Activation, type ActivationName } from './activation.ts';
import { AffineNoise } from './affine-noise.ts';
import { BatchNorm } from './batch-norm.ts';
import { Dense } from './dense.ts';
import type { Floats, Precision } from './floats.ts';
import type { Kernels } from './kernels.ts';
import type { ForwardMode, Layer } from './layer.ts';
import { MeanCenter } from './mean-center.ts';
import type { Param } from './param.ts';
import type { PopulationStats } from './population-stats.ts';
import type { Rng } from './rng.ts';
import { drain, type Slices } from './slices.ts';

export type HiddenNorm = 'none' | 'bn' | 'bn-fixed' | 'center-stopgrad' | 'noisy-bn';

/** A layer between dense and f: each maps rows × units to rows × units and always passes a gradient back. */
type Between = BatchNorm | MeanCenter | AffineNoise;

export interface HiddenLayerOptions {
  readonly inSize: number;
  readonly units: number;
  /** 1-based layer number */
  readonly index: number;
  readonly activation: ActivationName;
  readonly norm: HiddenNorm;
  readonly precision: Precision;
  readonly kernels: Kernels;
  readonly rowCapacity: number;
  /** false for the first layer: its input needs no gradient */
  readonly inputGrad: boolean;
  readonly bnMomentum?: number;
  readonly bnEpsilon?: number;
  readonly sliceMultiplyAdds?: number;
  /** `noisy-bn` only: the net's noise stream, shared by its layers (each draws in layer order) */
  readonly noise?: Rng;
}

export class HiddenLayer implements Layer {
  readonly index: number;
  readonly inSize: number;
  readonly outSize: number;
  readonly units: number;
  readonly norm: HiddenNorm;
  readonly dense: Dense;
  /** `bn`, `bn-fixed` and `noisy-bn`, else null */
  readonly batchNorm: BatchNorm | null;
  /** `center-stopgrad`, else null */
  readonly center: MeanCenter | null;
  /** `noisy-bn`, else null: after BN, before f */
  readonly noise: AffineNoise | null;
  readonly activation: Activation;
  /** W, b (none, center-stopgrad), W, gamma, beta (bn, noisy-bn) or W alone (bn-fixed), in the canonical order */
  readonly params: readonly Param[];
  /** Algorithm 2's estimate of the normalising layer, if any */
  readonly population: PopulationStats | null;
  /** the layers between dense and f, in order: none, BN, mean-centring, or BN then noise */
  private readonly between: readonly Between[];

  constructor(o: HiddenLayerOptions) {
    const { precision, rowCapacity } = o;
    this.index = o.index;
    this.inSize = o.inSize;
    this.outSize = this.units = o.units;
    this.norm = o.norm;
    const batchNormed = o.norm === 'bn' || o.norm === 'bn-fixed' || o.norm === 'noisy-bn';
    this.dense = new Dense({
      inSize: o.inSize,
      outSize: o.units,
      bias: !batchNormed,
      layer: o.index,
      precision,
      kernels: o.kernels,
      rowCapacity,
      inputGrad: o.inputGrad,
      sliceMultiplyAdds: o.sliceMultiplyAdds,
    });
    this.batchNorm = batchNormed
      ? new BatchNorm({
          units: o.units,
          layer: o.index,
          precision,
          rowCapacity,
          kernels: o.kernels,
          momentum: o.bnMomentum,
          epsilon: o.bnEpsilon,
          affine: o.norm !== 'bn-fixed',
        })
      : null;
    this.center =
      o.norm === 'center-stopgrad'
        ? new MeanCenter({ units: o.units, precision, rowCapacity, momentum: o.bnMomentum })
        : null;
    this.noise =
      o.norm === 'noisy-bn' ? new AffineNoise({ units: o.units, precision, rowCapacity, rng: noiseOf(o) }) : null;
    this.between = [this.batchNorm, this.center, this.noise].filter((layer): layer is Between => layer !== null);
    this.population = this.batchNorm?.population ?? this.center?.population ?? null;
    this.activation = new Activation(o.activation, o.units, precision, rowCapacity, o.kernels);
    this.params = [...this.dense.params, ...this.between.flatMap((layer) => layer.params)];
  }

  get rows(): number {
    return this.dense.rows;
  }

  /** The nonlinearity's output, rows × units. */
  get y(): Floats {
    return this.activation.y;
  }

  /** x·Wᵀ (+ b): the layer's linear output, before any normalisation. rows × units. */
  get linearOutput(): Floats {
    return this.dense.y;
  }

  /** The nonlinearity's input: the last layer before it (BN, centring, noise), or x·Wᵀ + b without one. rows × units. */
  get activationInput(): Floats {
    return (this.between.at(-1) ?? this.dense).y;
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
    for (const layer of this.between) h = layer.forward(h, rows, mode);
    return this.activation.forward(h, rows, mode);
  }

  /** dL/dx through f, the normalising layer and the dense layer; null for the first layer. */
  backward(dy: Floats): Floats | null {
    return drain(this.backwardSlices(dy));
  }

  *backwardSlices(dy: Floats): Slices<Floats | null> {
    let d = this.activation.backward(dy);
    for (let i = this.between.length - 1; i >= 0; i--) d = this.between[i].backward(d);
    return yield* this.dense.backwardSlices(d);
  }
}

function noiseOf(o: HiddenLayerOptions): Rng {
  if (o.noise === undefined) throw new Error(`expected a noise stream for the noisy-bn layer ${o.index}`);
  return o.noise;
}
