/** Batch normalization (Ioffe & Szegedy 2015, Algorithm 1): y = γ·(x − μ)/√(σ² + ε) + β per unit. */

import type { Floats, Precision } from './floats.ts';
import { allocFloats } from './floats.ts';
import type { Kernels } from './kernels.ts';
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
  /** backward scratch: Σ dy and Σ dy·x̂ per unit */
  private readonly sumDy: Float64Array;
  private readonly sumDyXhat: Float64Array;
  private usedBatchStats = false;
  private rowCount = 0;
  /** cache: x̂ = (x − μ)/√(σ² + ε), rows × units */
  private readonly xhat: RowBuffer;
  private readonly out: RowBuffer;
  private readonly dxBuffer: RowBuffer;

  constructor(o: BatchNormOptions) {
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
      this.computeBatchStats(x, rows);
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

  /** mean and biased variance σ² = Σ(x − μ)²/m per unit, two passes in float64. */
  private computeBatchStats(x: Floats, m: number): void {
    const u = this.units;
    const mean = this.mean.fill(0);
    const variance = this.variance.fill(0);
    for (let r = 0; r < m; r++) for (let j = 0; j < u; j++) mean[j] += x[r * u + j];
    for (let j = 0; j < u; j++) mean[j] /= m;
    for (let r = 0; r < m; r++) {
      for (let j = 0; j < u; j++) {
        const d = x[r * u + j] - mean[j];
        variance[j] += d * d;
      }
    }
    for (let j = 0; j < u; j++) variance[j] /= m;
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
    const u = this.units;
    const xhat = this.xhat.ensure(rows);
    const y = this.out.ensure(rows);
    const gamma = this.gamma.value;
    const beta = this.beta.value;
    for (let r = 0; r < rows; r++) {
      const o = r * u;
      for (let j = 0; j < u; j++) {
        const h = (x[o + j] - this.mean[j]) * this.invStd[j];
        xhat[o + j] = h;
        y[o + j] = gamma[j] * h + beta[j];
      }
    }
    return y;
  }

  /**
   * dβ = Σ dy, dγ = Σ dy·x̂; with batch statistics dx = γ·invStd/m · (m·dy − dβ − x̂·dγ),
   * with fixed statistics (eval, population) dx = γ·invStd·dy.
   */
  backward(dy: Floats): Floats {
    const u = this.units;
    const m = this.rowCount;
    this.paramGrads(dy, m);
    const xhat = this.xhat.current;
    const dx = this.dxBuffer.ensure(m);
    const gamma = this.gamma.value;
    const sumDy = this.sumDy;
    const sumDyXhat = this.sumDyXhat;
    for (let r = 0; r < m; r++) {
      const o = r * u;
      if (this.usedBatchStats) {
        for (let j = 0; j < u; j++) {
          const scale = (gamma[j] * this.invStd[j]) / m;
          dx[o + j] = scale * (m * dy[o + j] - sumDy[j] - xhat[o + j] * sumDyXhat[j]);
        }
      } else {
        for (let j = 0; j < u; j++) dx[o + j] = gamma[j] * this.invStd[j] * dy[o + j];
      }
    }
    return dx;
  }

  /** Σ_rows dy and Σ_rows dy·x̂ in float64, kept for dx; they are dβ and dγ where those are learned. */
  private paramGrads(dy: Floats, m: number): void {
    const u = this.units;
    const xhat = this.xhat.current;
    for (let j = 0; j < u; j++) {
      let sb = 0;
      let sg = 0;
      for (let r = 0; r < m; r++) {
        sb += dy[r * u + j];
        sg += dy[r * u + j] * xhat[r * u + j];
      }
      this.sumDy[j] = sb;
      this.sumDyXhat[j] = sg;
    }
    if (!this.affine) return;
    this.beta.grad.set(this.sumDy);
    this.gamma.grad.set(this.sumDyXhat);
  }
}
