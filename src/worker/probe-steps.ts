/** The steps whose probes the page holds, and which of them to drop to stay within the history budget. */

import { stepsToDrop } from '../lab/history-budget.ts';

export class ProbeSteps {
  private steps: number[] = [];

  /** A probe step the page now holds. */
  add(step: number): void {
    this.steps.push(step);
  }

  /** The steps to keep after thinning, or null when nothing needs to go (see lab/history-budget.ts). */
  thin(): number[] | null {
    const dropped = stepsToDrop(this.steps);
    if (dropped.size === 0) return null;
    this.steps = this.steps.filter((s) => !dropped.has(s));
    return [...this.steps];
  }
}
