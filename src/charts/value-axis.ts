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
}

/** About one tick per 40 px of axis (per 80 px in presenter sizes). */
function tickCount(length: number, fontSize: number): number {
  return Math.max(2, Math.floor(length / (fontSize * 3.4)));
}

export function valueAxis(domain: Extent, length: number, fontSize: number, log = false): ValueAxis {
  const count = tickCount(length, fontSize);
  if (log) {
    const [lo, hi] = decadeExtent(domain[0] > 0 && domain[1] > 0 ? domain : undefined);
    const scale = d3.scaleLog().domain([lo, hi]).range([length, 0]);
    const decades = d3.range(Math.round(Math.log10(lo)), Math.round(Math.log10(hi)) + 1);
    const stride = Math.ceil(decades.length / count);
    const ticks = decades.filter((_, i) => (decades.length - 1 - i) % stride === 0).map(powerOfTen);
    return { scale, invert: (y) => scale.invert(y), ticks, format: formatPowerOfTen, domain: [lo, hi] };
  }
  const scale = d3.scaleLinear().domain(domain).range([length, 0]).nice(count);
  const [lo, hi] = scale.domain();
  return { scale, invert: (y) => scale.invert(y), ticks: scale.ticks(count), format: formatNumber, domain: [lo, hi] };
}
