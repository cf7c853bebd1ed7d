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

/** Quantiles of every unit: Fig. 1's 15th, 50th and 85th percentiles. */
const QUANTILES = [15, 50, 85] as const;
/** Buckets of a column's range, for finding its order statistics (orderStatistics). */
const BUCKETS = 256;

/** Scratch, reused so that a probe allocates nothing per unit (each thread has its own module). */
let column = new Float64Array(0);
let picked = new Float64Array(0);
const counts = new Int32Array(BUCKETS + 1);

/** p15, p50, p85 of every column of a rows × units row-major matrix; a unit with a NaN gets NaN (as numpy). */
export function unitPercentiles(values: ArrayLike<number>, rows: number, units: number): Percentiles {
  if (!Number.isInteger(rows) || !Number.isInteger(units) || rows < 0 || units < 0 || values.length < rows * units) {
    throw new Error(`unitPercentiles: expected at least ${rows}×${units} values, got ${values.length}`);
  }
  const out = [new Float64Array(units), new Float64Array(units), new Float64Array(units)];
  if (column.length < rows) {
    column = new Float64Array(rows);
    picked = new Float64Array(rows);
  }
  const at = QUANTILES.map((q) => position(rows, q));
  // the ranks wanted, ascending and each once: every quantile's value below its position and the one above it
  const ranks = [...new Set(at.flatMap(({ below, above }) => [below, above]))].sort((a, b) => a - b);
  const sorted = new Float64Array(ranks.length);
  const belowAt = at.map(({ below }) => ranks.indexOf(below));
  const aboveAt = at.map(({ above }) => ranks.indexOf(above));
  for (let u = 0; u < units; u++) {
    // the unit's values, their range and whether one is NaN, in one pass
    let min = Infinity;
    let max = -Infinity;
    // no values: every percentile NaN, as numpy
    let nan = rows === 0;
    for (let r = 0; r < rows; r++) {
      const v = values[r * units + u];
      column[r] = v;
      if (v < min) min = v;
      if (v > max) max = v;
      if (v !== v) nan = true;
    }
    if (!nan) orderStatistics(column, rows, min, max, ranks, sorted);
    for (let k = 0; k < at.length; k++) {
      out[k][u] = nan ? Number.NaN : lerp(sorted[belowAt[k]], sorted[aboveAt[k]], at[k].gamma);
    }
  }
  return { p15: out[0], p50: out[1], p85: out[2] };
}

/**
 * sorted[i] = the value a sort of c[0 … n) would put at ranks[i] (ranks ascending), given the values'
 * least and greatest. The values are counted into BUCKETS equal buckets of their range (v ↦ ⌊(v − min)·scale⌋
 * never decreases as v grows, so every value of a bucket is at most every value of the next), and only the buckets
 * holding a wanted rank are searched: two passes over the column instead of three selections over most of it. A
 * range that is not finite (±∞), or one value throughout, is searched by selection.
 */
function orderStatistics(
  c: Float64Array,
  n: number,
  min: number,
  max: number,
  ranks: readonly number[],
  sorted: Float64Array,
): void {
  const scale = BUCKETS / (max - min);
  if (!(scale > 0 && scale < Infinity)) {
    // one value throughout (scale = ∞), or a range that overflows or is infinite (scale = 0)
    for (let i = 0; i < ranks.length; i++) {
      select(c, i === 0 ? 0 : ranks[i - 1], n - 1, ranks[i]);
      sorted[i] = c[ranks[i]];
    }
    return;
  }
  counts.fill(0);
  for (let i = 0; i < n; i++) counts[Math.min(BUCKETS - 1, Math.floor((c[i] - min) * scale))]++;
  // counts[t] becomes the rank of bucket t's first value
  let first = 0;
  for (let t = 0; t <= BUCKETS; t++) {
    const count = counts[t];
    counts[t] = first;
    first += count;
  }
  let bucket = -1;
  for (let i = 0; i < ranks.length; i++) {
    const rank = ranks[i];
    if (bucket < 0 || rank >= counts[bucket + 1]) {
      // the wanted rank's bucket, its values gathered and sorted (a few dozen of them)
      bucket = Math.max(bucket, 0);
      while (rank >= counts[bucket + 1]) bucket++;
      let size = 0;
      for (let j = 0; j < n; j++) {
        const v = c[j];
        if (Math.min(BUCKETS - 1, Math.floor((v - min) * scale)) === bucket) picked[size++] = v;
      }
      picked.subarray(0, size).sort();
    }
    sorted[i] = picked[rank - counts[bucket]];
  }
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
