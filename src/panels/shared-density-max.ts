/**
 * The density both sides of a distribution pair draw full height: the median of every probe's peak density.
 * Not the maximum: at step 0 a small init puts all the mass in one bin, and that spike would flatten every
 * later ridge; taller ridges are clipped instead. Peaks are cached per histogram, so new probes cost O(new).
 */

import { maxDensity } from '../charts/histogram-density.ts';
import type { ProbeHistogram } from '../charts/ridgeline-chart.tsx';
import type { Histogram } from '../protocol/history.ts';

const cache = new WeakMap<Histogram, number>();

function densityOf(histogram: Histogram): number {
  let density = cache.get(histogram);
  if (density === undefined) {
    density = maxDensity([histogram]);
    cache.set(histogram, density);
  }
  return density;
}

export function sharedDensityMax(groups: readonly (readonly ProbeHistogram[])[]): number {
  const peaks = groups.flatMap((group) => group.map((probe) => densityOf(probe.histogram))).filter((d) => d > 0);
  if (peaks.length === 0) return 0;
  peaks.sort((a, b) => a - b);
  return peaks[Math.floor(peaks.length / 2)];
}
