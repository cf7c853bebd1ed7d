/** A y (value) scale with its ticks and tick format: linear, or log with ticks at powers of ten only. */

import * as d3 from 'd3';
import { decadeExtent, powerOfTen, type Extent } from './domains.ts';
import { formatNumber, formatPowerOfTen } from './format.ts';

export interface ValueAxis {
  readonly scale: (value: number) => number;
  readonly invert: (y: number) => number;
  readonly ticks: readonly number[];
  readonly format: (value: number) => string;
  readonly domain: Extent;
  /** log axes only: the y of the lane below the lowest decade where values of exactly 0 are drawn */
  readonly zeroY?: number;
}

/** About one tick per 40 px of axis (per 80 px in presenter sizes). */
function tickCount(length: number, fontSize: number): number {
  return Math.max(2, Math.floor(length / (fontSize * 3.4)));
}

/**
 * Log axis over whole decades. log 0 = −∞, so a zero (a layer whose gradient vanished) has no place on it: with
 * zeroLane, the decades stop 1.5 labels above the bottom and 0 gets its own tick at the bottom edge.
 */
function logAxis(domain: Extent, length: number, fontSize: number, zeroLane: boolean): ValueAxis {
  const count = tickCount(length, fontSize);
  const [lo, hi] = decadeExtent(domain[0] > 0 && domain[1] > 0 ? domain : undefined);
  const lane = zeroLane ? Math.min(fontSize * 1.5, length / 3) : 0;
  const log = d3
    .scaleLog()
    .domain([lo, hi])
    .range([length - lane, 0]);
  const decades = d3.range(Math.round(Math.log10(lo)), Math.round(Math.log10(hi)) + 1);
  const stride = Math.ceil(decades.length / count);
  const ticks = decades.filter((_, i) => (decades.length - 1 - i) % stride === 0).map(powerOfTen);
  const axis = { invert: (y: number) => log.invert(y), domain: [lo, hi] as const };
  if (!zeroLane) return { ...axis, scale: log, ticks, format: formatPowerOfTen };
  return {
    ...axis,
    scale: (v) => (v === 0 ? length : log(v)),
    ticks: [0, ...ticks],
    format: (v) => (v === 0 ? '0' : formatPowerOfTen(v)),
    zeroY: length,
  };
}

export function valueAxis(domain: Extent, length: number, fontSize: number, log = false, zeroLane = false): ValueAxis {
  if (log) return logAxis(domain, length, fontSize, zeroLane);
  const count = tickCount(length, fontSize);
  const scale = d3.scaleLinear().domain(domain).range([length, 0]).nice(count);
  const [lo, hi] = scale.domain();
  return { scale, invert: (y) => scale.invert(y), ticks: scale.ticks(count), format: formatNumber, domain: [lo, hi] };
}
