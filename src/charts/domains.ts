/** Shared domains: the plain and BN charts of a pair get the same x and y domains, so a glance compares them. */

export type Extent = readonly [number, number];

/** Smallest and largest finite value over all groups (optionally only positive ones); undefined when there is none. */
export function sharedExtent(
  groups: readonly Iterable<number>[],
  options: { readonly positiveOnly?: boolean } = {},
): Extent | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const group of groups) {
    for (const v of group) {
      if (!Number.isFinite(v) || (options.positiveOnly && v <= 0)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : undefined;
}

/** A degenerate extent [a, a] widened so a scale can use it. */
function widenExtent(extent: Extent | undefined, fallback: Extent): Extent {
  if (!extent) return fallback;
  const [lo, hi] = extent;
  if (lo < hi) return extent;
  const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
  return [lo - pad, hi + pad];
}

/** 10^e without floating-point drift: 10 ** −5 is 0.000009999999999999999, Number('1e-5') is 1e-5. */
export function powerOfTen(exponent: number): number {
  return Number(`1e${Math.round(exponent)}`);
}

/** Whole decades around a positive extent: [0.003, 0.2] → [0.001, 1]; log-axis ticks are then powers of ten. */
export function decadeExtent(extent: Extent | undefined): Extent {
  if (!extent) return [0.01, 1];
  const lo = powerOfTen(Math.floor(Math.log10(extent[0])));
  const hi = powerOfTen(Math.ceil(Math.log10(extent[1])));
  return hi > lo ? [lo, hi] : [lo, lo * 10];
}

interface StepValued {
  readonly points: readonly { readonly step: number; readonly value: number }[];
  readonly band?: readonly { readonly step: number; readonly lo: number; readonly hi: number }[];
}

/** The y domain of several time series (lines and bands), for charts that must share it; log: values > 0, whole decades. */
export function seriesDomain(series: readonly StepValued[], options: { readonly log?: boolean } = {}): Extent {
  const values = series.flatMap((s) => [
    s.points.map((p) => p.value),
    (s.band ?? []).map((b) => b.lo),
    (s.band ?? []).map((b) => b.hi),
  ]);
  if (options.log) return decadeExtent(sharedExtent(values, { positiveOnly: true }));
  return widenExtent(sharedExtent(values), [0, 1]);
}

/** The step domain of several series of steps. */
export function stepDomain(steps: readonly Iterable<number>[]): Extent {
  return widenExtent(sharedExtent(steps), [0, 1]);
}
