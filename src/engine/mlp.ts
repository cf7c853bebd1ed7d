/** The twin networks: x → [Dense → (BN) → f] × H → Dense → softmax cross-entropy, on preallocated buffers. */

import type { ActivationName } from './activation.ts';
import type { BatchNorm } from './batch-norm.ts';
import { Dense } from './dense.ts';
import type { Floats, Precision } from './floats.ts';
import { HiddenLayer, type HiddenNorm } from './hidden-layer.ts';
import type { InitialWeights } from './init.ts';
import { tsKernels, type Kernels } from './kernels.ts';
import type { ForwardMode } from './layer.ts';
import { loadMlpJson, toMlpJson, type MlpJson } from './mlp-json.ts';
import type { Param } from './param.ts';
import type { PopulationStats } from './population-stats.ts';
import { mulberry32, type SeekableRng } from './rng.ts';
import { drain, type Slices } from './slices.ts';
import { checkMatrixLength, checkRows } from './shape-check.ts';
import { accuracy, argmaxRows, SoftmaxCrossEntropy, type Labels } from './softmax-cross-entropy.ts';

export interface MlpSpec {
  readonly inputSize: number;
  readonly hidden: readonly number[];
  readonly outputSize: number;
  readonly activation: ActivationName;
  /** how every hidden layer normalises its pre-activation (see hidden-layer.ts) */
  readonly norm: HiddenNorm;
  /** default 'f32' */
  readonly precision?: Precision;
  /** default tsKernels */
  readonly kernels?: Kernels;
  /** default 0.1 (PyTorch's convention) */
  readonly bnMomentum?: number;
  /** default 1e-5 */
  readonly bnEpsilon?: number;
  /** rows the buffers are first sized for (default 64); a larger forward grows them once */
  readonly rowCapacity?: number;
  /** multiply-adds per slice of a product in forwardSlices/backwardSlices (default: engine/slices.ts) */
  readonly sliceMultiplyAdds?: number;
  /** `noisy-bn` only: the seed of the net's noise stream (default 0) */
  readonly noiseSeed?: number;
}

/** The training step reads aloud: forward(x, rows, 'train') → loss(labels, rows) → backward() → sgd.step(lr). */
export class Mlp {
  /** layer widths, input first */
  readonly sizes: readonly number[];
  readonly norm: HiddenNorm;
  readonly precision: Precision;
  readonly hidden: readonly HiddenLayer[];
  /** the output layer: logits = h·Wᵀ + b */
  readonly output: Dense;
  readonly lossLayer: SoftmaxCrossEntropy;
  /** the hidden layers' BN (bn, bn-fixed, noisy-bn), empty otherwise */
  readonly batchNorms: readonly BatchNorm[];
  /**
   * `noisy-bn`: the noise stream every hidden layer draws from in 'train' forwards, in layer order (mulberry32 seeded
   * with spec.noiseSeed); null for the other kinds. A probe may save its state and put it back.
   */
  readonly noise: SeekableRng | null;
  /** the kernels every layer runs on (and the optimiser should: see Sgd) */
  readonly kernels: Kernels;
  /** Algorithm 2's estimates of every normalising hidden layer, empty in the plain net */
  private readonly populations: readonly PopulationStats[];
  private readonly paramList: readonly Param[];
  private rowCount = 0;
  private stage: 'none' | 'forward' | 'loss' = 'none';

  constructor(readonly spec: MlpSpec) {
    const precision = spec.precision ?? 'f32';
    const kernels = spec.kernels ?? tsKernels;
    this.kernels = kernels;
    const rowCapacity = spec.rowCapacity ?? 64;
    this.sizes = [spec.inputSize, ...spec.hidden, spec.outputSize];
    if (this.sizes.some((s) => !Number.isInteger(s) || s < 1))
      throw new Error(`expected positive integer layer sizes, got ${this.sizes.join('-')}`);
    this.norm = spec.norm;
    this.precision = precision;
    const noise = spec.norm === 'noisy-bn' ? mulberry32(spec.noiseSeed ?? 0) : null;
    this.noise = noise;
    this.hidden = spec.hidden.map(
      (units, l) =>
        new HiddenLayer({
          inSize: this.sizes[l],
          units,
          index: l + 1,
          activation: spec.activation,
          norm: spec.norm,
          precision,
          kernels,
          rowCapacity,
          inputGrad: l > 0,
          bnMomentum: spec.bnMomentum,
          bnEpsilon: spec.bnEpsilon,
          sliceMultiplyAdds: spec.sliceMultiplyAdds,
          noise: noise ?? undefined,
        }),
    );
    const L = this.sizes.length - 1;
    this.output = new Dense({
      inSize: this.sizes[L - 1],
      outSize: spec.outputSize,
      bias: true,
      layer: L,
      precision,
      kernels,
      rowCapacity,
      inputGrad: L > 1,
      sliceMultiplyAdds: spec.sliceMultiplyAdds,
    });
    this.lossLayer = new SoftmaxCrossEntropy(spec.outputSize, precision, rowCapacity);
    this.batchNorms = this.hidden.flatMap((h) => (h.batchNorm === null ? [] : [h.batchNorm]));
    this.populations = this.hidden.flatMap((h) => (h.population === null ? [] : [h.population]));
    this.paramList = [...this.hidden.flatMap((h) => h.params), ...this.output.params];
  }

  get inputSize(): number {
    return this.sizes[0];
  }

  get outputSize(): number {
    return this.sizes[this.sizes.length - 1];
  }

  /** Rows of the last forward. */
  get rows(): number {
    return this.rowCount;
  }

  /** Logits of the last forward, rows × outputSize. */
  get logits(): Floats {
    return this.output.y;
  }

  /** All parameters in the canonical order: W1, b1 | gamma1, beta1, W2, …, WL, bL. */
  params(): readonly Param[] {
    return this.paramList;
  }

  /** The parameter called `name` (W1, gamma2, …). */
  param(name: string): Param {
    const p = this.paramList.find((q) => q.name === name);
    if (p === undefined)
      throw new Error(`no parameter ${name}; this net has ${this.paramList.map((q) => q.name).join(', ')}`);
    return p;
  }

  /**
   * Logits (rows × outputSize) of x (rows × inputSize, row-major; may be longer). Every layer's buffers, and the
   * caches backward reads, now hold this forward: a probe forward between a step's forward and backward breaks
   * the step. A larger `rows` than ever before grows the buffers once.
   */
  forward(x: Floats, rows: number, mode: ForwardMode): Floats {
    return drain(this.forwardSlices(x, rows, mode));
  }

  /** forward in slices (see slices.ts): yields inside large products only. */
  *forwardSlices(x: Floats, rows: number, mode: ForwardMode): Slices<Floats> {
    checkRows('rows', rows);
    checkMatrixLength('x', x.length, rows, this.inputSize);
    this.stage = 'none';
    let h = x;
    for (const layer of this.hidden) h = yield* layer.forwardSlices(h, rows, mode);
    this.rowCount = rows;
    const logits = yield* this.output.forwardSlices(h, rows, mode);
    this.stage = 'forward';
    return logits;
  }

  /** Mean softmax cross-entropy of the last forward's logits against integer labels. */
  loss(labels: Labels, rows: number): number {
    if (this.stage === 'none') throw new Error('loss() needs a forward() first');
    if (rows !== this.rowCount) throw new Error(`expected the ${this.rowCount} rows of the last forward, got ${rows}`);
    if (labels.length < rows) throw new Error(`expected ${rows} labels, got ${labels.length}`);
    this.stage = 'loss';
    return this.lossLayer.forward(this.output.y, labels, rows);
  }

  /** dL/d(every parameter) for the last forward and loss; overwrites the grads. */
  backward(): void {
    drain(this.backwardSlices());
  }

  /** backward in slices: yields inside large products only. */
  *backwardSlices(): Slices<void> {
    if (this.stage !== 'loss') throw new Error('backward() needs forward() then loss() first');
    let d: Floats | null = yield* this.output.backwardSlices(this.lossLayer.backward());
    for (let l = this.hidden.length - 1; l >= 0 && d !== null; l--) d = yield* this.hidden[l].backwardSlices(d);
  }

  /** Predicted class of each row of the last forward into out. */
  predict(out: { [index: number]: number }): void {
    argmaxRows(this.output.y, this.rowCount, this.outputSize, out);
  }

  /** Fraction of the last forward's rows whose predicted class is the label. */
  accuracy(labels: Labels): number {
    return accuracy(this.output.y, labels, this.rowCount, this.outputSize);
  }

  /** Start Algorithm 2's population estimate; then forward training batches in 'accumulate' mode. */
  beginPopulation(): void {
    for (const population of this.populations) population.begin();
  }

  /** Finish the estimate; forwards in 'population' mode use it. A no-op for the plain net. */
  endPopulation(): void {
    for (const population of this.populations) population.end();
  }

  /** Parameters (W as W[out][in]) and BN running statistics (running_mean1, running_var1, …). */
  toJson(): MlpJson {
    return toMlpJson(this.paramList, this.batchNorms);
  }

  /** Loads toJson's layout (or a fixture's `params`); checks every shape first, running statistics optional. */
  loadJson(json: unknown): void {
    loadMlpJson(json, this.paramList, this.batchNorms);
  }
}

/**
 * A network from the plain-layout initial weights. Every kind takes W1…WL and the output bias from the very same
 * draw; kinds without a hidden bias (bn, bn-fixed, noisy-bn) drop the drawn hidden biases; γ = 1, β = 0.
 */
export function createMlp(spec: MlpSpec, weights: InitialWeights): Mlp {
  const mlp = new Mlp(spec);
  const sizes = mlp.sizes.join('-');
  if (weights.sizes.join('-') !== sizes)
    throw new Error(`expected weights for sizes ${sizes}, got ${weights.sizes.join('-')}`);
  const L = mlp.sizes.length - 1;
  for (let l = 0; l < L; l++) {
    const dense = l < L - 1 ? mlp.hidden[l].dense : mlp.output;
    checkMatrixLength(`W${l + 1}`, weights.weights[l].length, dense.outSize, dense.inSize);
    dense.W.value.set(weights.weights[l]);
    if (dense.b !== null) dense.b.value.set(weights.biases[l]);
  }
  return mlp;
}
