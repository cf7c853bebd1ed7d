/** Batch normalization (Ioffe & Szegedy 2015, Algorithm 1): y = γ·(x − μ)/√(σ² + ε) + β per unit. */

import type { Floats, Precision } from './floats.ts';
import { allocFloats } from './floats.ts';
import { tsKernels, type Kernels } from './kernels.ts';
import type { ForwardMode, Layer } from './layer.ts';
import { createParam, type Param } from './param.ts';
import { PopulationStats } from './population-stats.ts';
import { RowBuffer } from './row-buffer.ts';

export interface BatchNormOptions {
  readonly units: number;
  /** 1-based layer number, for the names gamma1, beta1, … */
  readonly layer: number;
  readonly precision: Precision;
  readonly rowCapacity: number;
  /** where γ and β live (see kernels.ts); default the TypeScript kernels */
  readonly kernels?: Kernels;
  /** running ← (1 − momentum)·running + momentum·batch (PyTorch's convention), default 0.1 */
  readonly momentum?: number;
  /** default 1e-5 */
  readonly epsilon?: number;
  /** learn γ and β (default); false freezes γ = 1, β = 0: no parameters, no gradient (the paper's §3 question) */
  readonly affine?: boolean;
}

export class BatchNorm implements Layer {
  readonly inSize: number;
  readonly outSize: number;
  readonly units: number;
  readonly momentum: number;
  readonly epsilon: number;
  readonly affine: boolean;
  /** γ, with dL/dγ (fixed at 1 and not a parameter when not affine) */
  readonly gamma: Param;
  /** β, with dL/dβ */
  readonly beta: Param;
  readonly params: readonly Param[];
  /** buffer, not a parameter: momentum average of batch means (starts at 0), used by 'eval' */
  readonly runningMean: Floats;
  /** buffer: momentum average of the unbiased batch variances m/(m−1)·σ²_B (starts at 1) */
  readonly runningVar: Floats;
  /** buffer: Algorithm 2's population estimate (begin, 'accumulate' forwards, end), used by 'population' */
  readonly population: PopulationStats;
  /** μ_B of the last 'train' forward */
  readonly batchMean: Float64Array;
  /** biased σ²_B of the last 'train' forward */
  readonly batchVar: Float64Array;
  /** cache: the mean and 1/√(var + ε) the last forward normalised with */
  private readonly mean: Float64Array;
  private readonly variance: Float64Array;
  private readonly invStd: Float64Array;
  /** backward: Σ dy and Σ dy·x̂ per unit (dβ and dγ when learned) */
  private readonly sumDy: Float64Array;
  private readonly sumDyXhat: Float64Array;
  private usedBatchStats = false;
  private rowCount = 0;
  /** cache: x̂ = (x − μ)/√(σ² + ε), rows × units */
  private readonly xhat: RowBuffer;
  private readonly out: RowBuffer;
  private readonly dxBuffer: RowBuffer;
  private readonly kernels: Kernels;

  constructor(o: BatchNormOptions) {
    this.kernels = o.kernels ?? tsKernels;
    const u = o.units;
    this.units = this.inSize = this.outSize = u;
    this.momentum = o.momentum ?? 0.1;
    this.epsilon = o.epsilon ?? 1e-5;
    this.gamma = createParam('gamma', o.layer, 1, u, o.precision, o.kernels);
    this.beta = createParam('beta', o.layer, 1, u, o.precision, o.kernels);
    this.gamma.value.fill(1);
    this.affine = o.affine ?? true;
    this.params = this.affine ? [this.gamma, this.beta] : [];
    this.runningMean = allocFloats(o.precision, u);
    this.runningVar = allocFloats(o.precision, u).fill(1);
    this.population = new PopulationStats(u);
    this.batchMean = new Float64Array(u);
    this.batchVar = new Float64Array(u);
    this.mean = new Float64Array(u);
    this.variance = new Float64Array(u);
    this.invStd = new Float64Array(u);
    this.sumDy = new Float64Array(u);
    this.sumDyXhat = new Float64Array(u);
    this.xhat = new RowBuffer(o.precision, u, o.rowCapacity);
    this.out = new RowBuffer(o.precision, u, o.rowCapacity);
    this.dxBuffer = new RowBuffer(o.precision, u, o.rowCapacity);
  }

  get rows(): number {
    return this.rowCount;
  }

  /** γ·x̂ + β, rows × units. */
  get y(): Floats {
    return this.out.current;
  }

  /** x̂ of the last forward, rows × units. */
  get normalized(): Floats {
    return this.xhat.current;
  }

  forward(x: Floats, rows: number, mode: ForwardMode): Floats {
    this.rowCount = rows;
    this.usedBatchStats = mode === 'train' || mode === 'accumulate' || mode === 'batch';
    if (this.usedBatchStats) {
      if (mode !== 'batch' && rows < 2)
        throw new Error(`expected at least 2 rows for batch statistics in '${mode}' mode, got ${rows}`);
      this.kernels.batchStats(x, rows, this.units, this.mean, this.variance);
      if (mode === 'train') this.recordTrainBatch(rows);
      if (mode === 'accumulate') this.population.add(this.mean, this.variance, rows);
    } else if (mode === 'eval') {
      this.mean.set(this.runningMean);
      this.variance.set(this.runningVar);
    } else {
      if (!this.population.ready)
        throw new Error("'population' mode needs beginPopulation, 'accumulate' forwards and endPopulation first");
      this.mean.set(this.population.mean);
      this.variance.set(this.population.variance);
    }
    for (let j = 0; j < this.units; j++) this.invStd[j] = 1 / Math.sqrt(this.variance[j] + this.epsilon);
    return this.normalize(x, rows);
  }

  /** Keep μ_B, σ²_B and update the running averages; the running variance is unbiased, m/(m−1)·σ²_B. */
  private recordTrainBatch(m: number): void {
    const k = this.momentum;
    this.batchMean.set(this.mean);
    this.batchVar.set(this.variance);
    for (let j = 0; j < this.units; j++) {
      this.runningMean[j] = (1 - k) * this.runningMean[j] + k * this.mean[j];
      this.runningVar[j] = (1 - k) * this.runningVar[j] + k * (m / (m - 1)) * this.variance[j];
    }
  }

  /** x̂ = (x − μ)·invStd, y = γ·x̂ + β. */
  private normalize(x: Floats, rows: number): Floats {
    const xhat = this.xhat.ensure(rows);
    const y = this.out.ensure(rows);
    const { mean, invStd, units } = this;
    this.kernels.normalize(x, rows, units, mean, invStd, this.gamma.value, this.beta.value, xhat, y);
    return this.out.current;
  }

  /**
   * dβ = Σ dy, dγ = Σ dy·x̂; with batch statistics dx = γ·invStd/m · (m·dy − dβ − x̂·dγ),
   * with fixed statistics (eval, population) dx = γ·invStd·dy.
   */
  backward(dy: Floats): Floats {
    const m = this.rowCount;
    const dx = this.dxBuffer.ensure(m);
    const { units, invStd, sumDy, sumDyXhat } = this;
    const gamma = this.gamma.value;
    this.kernels.normBackward(
      dy,
      this.xhat.current,
      m,
      units,
      gamma,
      invStd,
      this.usedBatchStats,
      sumDy,
      sumDyXhat,
      dx,
    );
    if (this.affine) {
      // Σ dy and Σ dy·x̂ are dβ and dγ where those are learned
      this.beta.grad.set(sumDy);
      this.gamma.grad.set(sumDyXhat);
    }
    return this.dxBuffer.current;
  }
}
