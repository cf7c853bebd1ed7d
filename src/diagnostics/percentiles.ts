/** Per-unit percentiles of a nonlinearity's input, Fig. 1(b, c) of the paper. */

import type { Percentiles } from '../protocol/history.ts';

/**
 * numpy's default (method='linear') on ascending `sorted[0 … n)`: position h = (n − 1)·q/100,
 * lerp between a = sorted[⌊h⌋] and b = the next, written as numpy does:
 * a + (b − a)·γ, or b − (b − a)(1 − γ) when γ ≥ ½.
 */
export function percentileOfSorted(sorted: ArrayLike<number>, n: number, q: number): number {
  if (n < 1) return Number.NaN;
  const { below, above, gamma } = position(n, q);
  return lerp(sorted[below], sorted[above], gamma);
}

/** numpy's position h = (n − 1)·q/100 of the q-th percentile of n values: the indices around it and h − ⌊h⌋. */
function position(n: number, q: number): { below: number; above: number; gamma: number } {
  const h = (n - 1) * (q / 100);
  const below = Math.min(Math.max(Math.floor(h), 0), n - 1);
  return { below, above: Math.min(below + 1, n - 1), gamma: h - below };
}

/** a + (b − a)·γ, or b − (b − a)(1 − γ) when γ ≥ ½, as numpy writes it. */
function lerp(a: number, b: number, gamma: number): number {
  const diff = b - a;
  return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}

/** p15, p50, p85 of every column of a rows × units row-major matrix; a unit with a NaN gets NaN (as numpy). */
export function unitPercentiles(values: ArrayLike<number>, rows: number, units: number): Percentiles {
  if (!Number.isInteger(rows) || !Number.isInteger(units) || rows < 0 || units < 0 || values.length < rows * units) {
    throw new Error(`unitPercentiles: expected at least ${rows}×${units} values, got ${values.length}`);
  }
  const p15 = new Float64Array(units);
  const p50 = new Float64Array(units);
  const p85 = new Float64Array(units);
  const column = new Float64Array(rows);
  for (let u = 0; u < units; u++) {
    let nan = false;
    for (let r = 0; r < rows; r++) {
      column[r] = values[r * units + u];
      nan ||= column[r] !== column[r];
    }
    if (nan) {
      p15[u] = p50[u] = p85[u] = Number.NaN;
      continue;
    }
    // three selections instead of a sort: a probe takes 600 of these columns of 2,000 values
    let from = 0;
    [p15[u], p50[u], p85[u]] = [15, 50, 85].map((q) => {
      const { below, above, gamma } = position(rows, q);
      select(column, from, rows - 1, below);
      // the next value up is the smallest of those after `below`, which are all at least column[below]
      let b = column[above];
      for (let i = above + 1; i < rows; i++) b = Math.min(b, column[i]);
      from = below;
      return lerp(column[below], b, gamma);
    });
  }
  return { p15, p50, p85 };
}

/**
 * Rearranges a[lo … hi] so that a[k] holds the value a sort would put there, with no larger value before it and no
 * smaller one after (Hoare's selection, median-of-three pivot: no randomness, so the same input takes the same path).
 */
function select(a: Float64Array, lo: number, hi: number, k: number): void {
  while (lo < hi) {
    const x = a[lo];
    const y = a[(lo + hi) >>> 1];
    const z = a[hi];
    const pivot = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}
