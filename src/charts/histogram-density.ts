/** Histogram counts as densities over a display domain, so probe sets of any size compare. */

import type { Histogram } from '../protocol/history.ts';
import { INPUT_DOMAIN } from './activation-zones.ts';
import type { Extent } from './domains.ts';

export interface DensityBin {
  readonly x0: number;
  readonly x1: number;
  readonly count: number;
  /** count / (total × width): integrates to 1 over the domain */
  readonly density: number;
  /** the first bin also holds everything below it */
  readonly openLow: boolean;
  /** the last bin also holds everything above it */
  readonly openHigh: boolean;
}

/** Bins clipped to the domain; bins wholly outside it are folded into the end bins, as the histogram's own end bins are. */
export function histogramDensity(histogram: Histogram, domain: Extent = INPUT_DOMAIN): DensityBin[] {
  const { edges, counts } = histogram;
  const [lo, hi] = domain;
  const raw: { x0: number; x1: number; count: number }[] = [];
  let below = 0;
  let above = 0;
  let total = 0;
  for (let i = 0; i < counts.length; i++) {
    total += counts[i];
    const x0 = Math.max(edges[i], lo);
    const x1 = Math.min(edges[i + 1], hi);
    if (x1 > x0) raw.push({ x0, x1, count: counts[i] });
    else if (edges[i + 1] <= lo) below += counts[i];
    else above += counts[i];
  }
  if (raw.length === 0) return [];
  raw[0].count += below;
  raw[raw.length - 1].count += above;
  const last = raw.length - 1;
  return raw.map((b, i) => ({
    ...b,
    density: total > 0 ? b.count / (total * (b.x1 - b.x0)) : 0,
    openLow: i === 0,
    openHigh: i === last,
  }));
}

/** The largest density of the inner bins over all histograms; the end bins, which pile up everything beyond, may exceed it. */
export function maxDensity(histograms: readonly Histogram[], domain: Extent = INPUT_DOMAIN): number {
  let max = 0;
  for (const h of histograms) {
    const bins = histogramDensity(h, domain);
    const inner = bins.length > 2 ? bins.slice(1, -1) : bins;
    for (const b of inner) max = Math.max(max, b.density);
  }
  return max;
}
