/** Counts over fixed bin edges, so that plain and BN panels share bins and drift never rescales away. */

import type { Histogram } from '../protocol/history.ts';

/** bins + 1 edges lo + (hi − lo)·i / bins, the last exactly hi. */
export function uniformEdges(lo: number, hi: number, bins: number): Float64Array {
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) {
    throw new Error(`uniformEdges: expected finite lo < hi, got [${lo}, ${hi}]`);
  }
  if (!Number.isInteger(bins) || bins < 1) throw new Error(`uniformEdges: expected bins ≥ 1, got ${bins}`);
  const edges = new Float64Array(bins + 1);
  for (let i = 0; i < bins; i++) edges[i] = lo + ((hi - lo) * i) / bins;
  edges[bins] = hi;
  return edges;
}

const NONLINEARITY_LO = -8;
const NONLINEARITY_HI = 8;
const NONLINEARITY_BINS = 64;
/** The default edges for the nonlinearity's input: [−8, 8] in 64 bins (read-only by convention). */
export const NONLINEARITY_EDGES: Float64Array = uniformEdges(NONLINEARITY_LO, NONLINEARITY_HI, NONLINEARITY_BINS);

/**
 * Counts the first `count` values: bin i holds edges[i] ≤ v < edges[i+1], the last bin also v = hi;
 * bin 0 also takes v < lo and the last bin v > hi (±∞ included); NaN is not counted.
 * The result owns a copy of `edges`, so it can be transferred to another thread.
 */
export function histogram(values: ArrayLike<number>, count: number, edges: Float64Array): Histogram {
  checkEdges(edges);
  if (!Number.isInteger(count) || count < 0 || count > values.length) {
    throw new Error(`histogram: expected count in [0, ${values.length}], got ${count}`);
  }
  const bins = edges.length - 1;
  const counts = new Uint32Array(bins);
  const perUnit = bins / (edges[bins] - edges[0]);
  for (let i = 0; i < count; i++) {
    const v = values[i];
    if (v === v) counts[binOf(v, edges, perUnit)]++;
  }
  return { edges: edges.slice(), counts };
}

/**
 * The last edge ≤ v, clamped to [0, bins − 1]: guessed as if the edges were uniform (they are, but for rounding),
 * then walked to the exact bin by comparing with the edges themselves, so any increasing edges give exact counts.
 */
function binOf(v: number, edges: Float64Array, perUnit: number): number {
  const last = edges.length - 2;
  let bin = Math.min(Math.max(Math.floor((v - edges[0]) * perUnit), 0), last);
  while (bin > 0 && edges[bin] > v) bin--;
  while (bin < last && edges[bin + 1] <= v) bin++;
  return bin;
}

function checkEdges(edges: Float64Array): void {
  if (edges.length < 2) throw new Error(`histogram: expected at least 2 edges, got ${edges.length}`);
  for (let i = 1; i < edges.length; i++) {
    if (!(edges[i] > edges[i - 1])) {
      throw new Error(`histogram: expected increasing edges, got ${edges[i - 1]} then ${edges[i]} at ${i}`);
    }
  }
}
