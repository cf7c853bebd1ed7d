/** The bench's statistics and its timer: medians over repeated blocks, quartile means of a series. */

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Means of the first and the last quarter of a series (in order of time), for a drift check. */
export function quartileMeans(xs: readonly number[]): { first: number; last: number } {
  const q = Math.max(1, Math.floor(xs.length / 4));
  return { first: mean(xs.slice(0, q)), last: mean(xs.slice(-q)) };
}

interface Timing {
  /** median milliseconds per call over the blocks */
  readonly ms: number;
  /** calls per block */
  readonly calls: number;
  /** milliseconds per call of each block, in order */
  readonly blocks: readonly number[];
}

export interface TimingOptions {
  /** timed blocks after the warm-up (default 5) */
  readonly blocks?: number;
  /** a block runs whole calls for at least this long; the warm-up block sets the count (default 250 ms) */
  readonly minBlockMs?: number;
}

/**
 * Median per-call time of `fn`: a warm-up block of calls until `minBlockMs` have passed fixes the calls per block,
 * then `blocks` blocks of that many calls. A call slower than a block is one call a block.
 */
export function timePerCall(fn: () => void, options: TimingOptions = {}): Timing {
  const { blocks = 5, minBlockMs = 250 } = options;
  let calls = 0;
  const warm = performance.now();
  do {
    fn();
    calls++;
  } while (performance.now() - warm < minBlockMs);
  const per: number[] = [];
  for (let b = 0; b < blocks; b++) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) fn();
    per.push((performance.now() - t0) / calls);
  }
  return { ms: median(per), calls, blocks: per };
}
