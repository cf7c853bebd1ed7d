/** What a probe records. Typed arrays cross the thread boundary as transferable buffers; JSON writes them as arrays. */

import type { NormKind, RunConfig } from './config.ts';

/** Counts over fixed bin edges; the first and last bins also collect everything beyond the edges. */
export interface Histogram {
  /** bins + 1 increasing edges */
  readonly edges: Float64Array;
  readonly counts: Uint32Array;
}

/** Per-unit percentiles of the nonlinearity's input (linear interpolation, numpy's default). */
export interface Percentiles {
  readonly p15: Float64Array;
  readonly p50: Float64Array;
  readonly p85: Float64Array;
}

/**
 * Distribution shift of a layer's sigmoid inputs since the previous probe, in raw units: the mean over units of
 * |Δ mean| and of |Δ std|, on a fixed probe batch in training mode (batch statistics, noisy-bn's noise drawn).
 */
export interface LayerShift {
  readonly mean: number;
  readonly std: number;
}

/** Gradient ICS (Santurkar et al. Def. 2.1): G = ∇_{W_i}L, G′ the same after the layers below took their step. */
export interface LayerIcs {
  /** ‖G − G′‖₂ */
  readonly l2: number;
  /** cos(G, G′): 1 when both are 0, 0 when only one is */
  readonly cos: number;
}

/** The loss along the gradient, L(W − ηg) for η ∈ {½, 1, 2, 4} × lr, on the last training batch (their §3.1). */
export interface Landscape {
  /** min and max over η of L(W − ηg) */
  readonly lossMin: number;
  readonly lossMax: number;
  /** max over η of ‖∇L(W) − ∇L(W − ηg)‖₂, every parameter */
  readonly gradPredictiveness: number;
  /** max over η of ‖∇L(W) − ∇L(W − ηg)‖₂ / ‖ηg‖₂: the effective β-smoothness */
  readonly betaEff: number;
}

export interface Summary {
  readonly mean: number;
  readonly min: number;
  readonly max: number;
}

/** One hidden layer at one probe, from the input side. */
export interface LayerProbe {
  /** the nonlinearity's input */
  readonly histogram: Histogram;
  /** normalising nets only: the raw x·Wᵀ (+ b) before normalisation */
  readonly rawHistogram?: Histogram;
  readonly percentiles: Percentiles;
  /**
   * Normalising nets only: the same histogram and percentiles with BN in training mode, normalising the probe set
   * with its own batch statistics (what training sees). The fields above use inference mode (running statistics).
   */
  readonly batchHistogram?: Histogram;
  readonly batchPercentiles?: Percentiles;
  /** fraction of (sample, unit) pairs whose derivative is below 19 % of its maximum */
  readonly saturation: number;
  /** mean derivative of the nonlinearity over the probe set */
  readonly meanDerivative: number;
  /** ‖∂L/∂p‖₂ per parameter name (W, b, gamma, beta), averaged over the steps since the last probe; NaN at step 0 */
  readonly gradNorm: Readonly<Record<string, number>>;
  /** ‖Δp‖₂ / ‖p‖₂ per parameter, averaged over the steps since the last probe; NaN at step 0 */
  readonly updateRatio: Readonly<Record<string, number>>;
  /** ‖b‖₂ of the hidden bias, null where the layer has none (bn, bn-fixed) */
  readonly biasNorm: number | null;
  /** ‖W‖_F, the Frobenius norm, as gradNorm.W */
  readonly weightNorm: number;
  /** where γ and β are learned (bn, noisy-bn) */
  readonly gamma?: Summary;
  readonly beta?: Summary;
  /** when config.measure.shift is on; null at step 0 and at the first probe after it was turned on */
  readonly shift?: LayerShift | null;
  /** when config.measure.ics is on; null at step 0 */
  readonly ics?: LayerIcs | null;
}

export interface ProbeRecord {
  /** SGD updates done */
  readonly step: number;
  /** mean mini-batch loss over the steps since the last probe; NaN at step 0 */
  readonly trainLoss: number;
  readonly testLoss: number;
  /** a fraction in [0, 1] */
  readonly testAccuracy: number;
  /** normalising nets only: accuracy with the paper's Algorithm 2 population statistics */
  readonly populationAccuracy?: number;
  /** normalising nets only: accuracy with the probe set's own batch statistics */
  readonly batchStatsAccuracy?: number;
  /** predicted class of the first probe samples (the digit strip) */
  readonly predictions: Uint8Array;
  readonly layers: readonly LayerProbe[];
  /**
   * Test accuracy has stayed within 2 points of chance (1/classes) for the last 5 probes, this one and the step-0
   * probe included. Files written before it existed read as false.
   */
  readonly stalled: boolean;
  /** when config.measure.landscape is on; null at step 0 */
  readonly landscape?: Landscape | null;
}

export interface Divergence {
  readonly step: number;
  readonly reason: string;
}

export interface NetHistory {
  readonly name: string;
  readonly norm: NormKind;
  diverged: Divergence | null;
  /** every learning-rate change as [step, lr], the first at step 0 */
  readonly lrChanges: [number, number][];
  readonly probes: ProbeRecord[];
}

/** Which kernels ran (src/engine/kernels.ts, src/engine/wasm-kernels.ts). */
export type KernelBackend = 'ts' | 'wasm';

export interface RunHistory {
  /** 2 since nets have a `norm` kind (version 1 had a `bn` flag; readers upgrade it) */
  readonly version: 2;
  /** the config the run started from, with every event added since (so a replay repeats them) */
  config: RunConfig;
  /**
   * the kernels that computed it: 'wasm' (WebAssembly SIMD, float32 sums) or 'ts' (TypeScript, float64 sums). Each
   * gives the same bits in every browser; the two differ from each other in the last bits.
   */
  readonly backend: KernelBackend;
  readonly nets: Record<string, NetHistory>;
  /** probes dropped to stay within the memory budget (older probes are thinned first) */
  thinned: number;
}
