/**
 * The trap of the paper's §2: y = x − μ_B, with the batch mean μ_B treated as a constant in backprop
 * (a stop-gradient). Then dL/dx = dL/dy, the bias update never changes the output, and b grows without bound.
 */

import type { Floats, Precision } from './floats.ts';
import { allocFloats } from './floats.ts';
import type { ForwardMode, Layer } from './layer.ts';
import type { Param } from './param.ts';
import { PopulationStats } from './population-stats.ts';
import { RowBuffer } from './row-buffer.ts';

export interface MeanCenterOptions {
  readonly units: number;
  readonly precision: Precision;
  readonly rowCapacity: number;
  /** running ← (1 − momentum)·running + momentum·μ_B, as BN's; default 0.1 */
  readonly momentum?: number;
}

export class MeanCenter implements Layer {
  readonly inSize: number;
  readonly outSize: number;
  readonly units: number;
  readonly params: readonly Param[] = [];
  readonly momentum: number;
  /** buffer: momentum average of batch means (starts at 0), subtracted in 'eval' */
  readonly runningMean: Floats;
  /** buffer: Algorithm 2's mean over fixed batches, subtracted in 'population' */
  readonly population: PopulationStats;
  /** the mean the last forward subtracted */
  readonly mean: Float64Array;
  /** no variance is used; Algorithm 2's estimate takes one anyway */
  private readonly noVariance: Float64Array;
  private rowCount = 0;
  private readonly out: RowBuffer;

  constructor(o: MeanCenterOptions) {
    this.units = this.inSize = this.outSize = o.units;
    this.momentum = o.momentum ?? 0.1;
    this.runningMean = allocFloats(o.precision, o.units);
    this.population = new PopulationStats(o.units);
    this.mean = new Float64Array(o.units);
    this.noVariance = new Float64Array(o.units);
    this.out = new RowBuffer(o.precision, o.units, o.rowCapacity);
  }

  get rows(): number {
    return this.rowCount;
  }

  /** x − μ, rows × units. */
  get y(): Floats {
    return this.out.current;
  }

  forward(x: Floats, rows: number, mode: ForwardMode): Floats {
    this.rowCount = rows;
    if (mode === 'eval') this.mean.set(this.runningMean);
    else if (mode === 'population') this.mean.set(this.population.mean);
    else this.batchMean(x, rows);
    if (mode === 'train') {
      const k = this.momentum;
      for (let j = 0; j < this.units; j++) this.runningMean[j] = (1 - k) * this.runningMean[j] + k * this.mean[j];
    }
    if (mode === 'accumulate') this.population.add(this.mean, this.noVariance, Math.max(2, rows));
    const u = this.units;
    const y = this.out.ensure(rows);
    for (let r = 0; r < rows; r++) for (let j = 0; j < u; j++) y[r * u + j] = x[r * u + j] - this.mean[j];
    return y;
  }

  /** μ_B per unit, summed in float64. */
  private batchMean(x: Floats, rows: number): void {
    const u = this.units;
    const mean = this.mean.fill(0);
    for (let r = 0; r < rows; r++) for (let j = 0; j < u; j++) mean[j] += x[r * u + j];
    for (let j = 0; j < u; j++) mean[j] /= rows;
  }

  /** The stop-gradient: μ_B counts as a constant, so dL/dx = dL/dy (the same buffer). */
  backward(dy: Floats): Floats {
    return dy;
  }
}
