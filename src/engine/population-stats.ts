/** The paper's Algorithm 2 population estimate: E[x] = mean of batch means, Var[x] = mean of m/(m−1)·σ²_B. */

export class PopulationStats {
  /** E[x] per unit, valid after end() */
  readonly mean: Float64Array;
  /** Var[x] per unit (unbiased), valid after end() */
  readonly variance: Float64Array;
  private readonly sumMean: Float64Array;
  private readonly sumVar: Float64Array;
  private batches = 0;
  private done = false;

  constructor(readonly units: number) {
    this.mean = new Float64Array(units);
    this.variance = new Float64Array(units);
    this.sumMean = new Float64Array(units);
    this.sumVar = new Float64Array(units);
  }

  /** Forget any earlier estimate and start summing batches. */
  begin(): void {
    this.sumMean.fill(0);
    this.sumVar.fill(0);
    this.batches = 0;
    this.done = false;
  }

  /** Add one mini-batch of m rows: its mean and its biased variance σ²_B. */
  add(batchMean: Float64Array, batchVar: Float64Array, m: number): void {
    // population variance uses m/(m−1), Algorithm 2 (per batch, so unequal batch sizes stay unbiased)
    const unbias = m / (m - 1);
    for (let j = 0; j < this.units; j++) {
      this.sumMean[j] += batchMean[j];
      this.sumVar[j] += unbias * batchVar[j];
    }
    this.batches++;
  }

  /** Average the batches summed since begin(). */
  end(): void {
    if (this.batches === 0)
      throw new Error('expected at least one accumulate forward between beginPopulation and endPopulation');
    for (let j = 0; j < this.units; j++) {
      this.mean[j] = this.sumMean[j] / this.batches;
      this.variance[j] = this.sumVar[j] / this.batches;
    }
    this.done = true;
  }

  /** Batches summed since begin(). */
  get count(): number {
    return this.batches;
  }

  get ready(): boolean {
    return this.done;
  }
}
