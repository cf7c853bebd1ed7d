/** The density both sides of a distribution pair draw full height, cached per histogram so new probes cost O(new). */

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
  let max = 0;
  for (const group of groups) for (const probe of group) max = Math.max(max, densityOf(probe.histogram));
  return max;
}
