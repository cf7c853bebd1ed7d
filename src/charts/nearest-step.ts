/** Finding the recorded step nearest to a position. */

import * as d3 from 'd3';

/** Sorted, distinct finite steps of all the given lists. */
export function unionSteps(lists: readonly Iterable<number>[]): number[] {
  const all = new Set<number>();
  for (const list of lists) for (const s of list) if (Number.isFinite(s)) all.add(s);
  return [...all].sort((a, b) => a - b);
}

/** Index of the value in a sorted array nearest to x; −1 for an empty array. */
export function nearestIndex(sorted: readonly number[], x: number): number {
  if (sorted.length === 0) return -1;
  const i = d3.bisectLeft(sorted, x);
  if (i <= 0) return 0;
  if (i >= sorted.length) return sorted.length - 1;
  return x - sorted[i - 1] <= sorted[i] - x ? i - 1 : i;
}

/** Evenly spread indices into n items, at most max of them, always keeping the last. */
export function thinIndices(n: number, max: number): number[] {
  if (n <= 0) return [];
  if (max <= 1) return [n - 1];
  if (n <= max) return d3.range(n);
  const stride = Math.ceil((n - 1) / (max - 1));
  const picked = new Set<number>();
  for (let i = n - 1; i >= 0; i -= stride) picked.add(i);
  return [...picked].sort((a, b) => a - b);
}
