/** Per-name means over the steps since the last probe (gradient norms, update ratios, mini-batch losses). */

/** Accumulates Σ value and a count per name; take() returns the means and starts over. */
export class RunningMeans {
  private readonly sums = new Map<string, number>();
  private readonly counts = new Map<string, number>();

  /** `names` are reported by take() even before their first add (as NaN). */
  constructor(names: readonly string[] = []) {
    for (const name of names) this.reset(name);
  }

  add(name: string, value: number): void {
    this.sums.set(name, (this.sums.get(name) ?? 0) + value);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** Mean per name seen so far (NaN if nothing was added since the last take), then zeroes every name. */
  take(): Record<string, number> {
    const means: Record<string, number> = {};
    for (const [name, sum] of this.sums) {
      const count = this.counts.get(name) ?? 0;
      means[name] = count === 0 ? Number.NaN : sum / count;
      this.reset(name);
    }
    return means;
  }

  private reset(name: string): void {
    this.sums.set(name, 0);
    this.counts.set(name, 0);
  }
}
