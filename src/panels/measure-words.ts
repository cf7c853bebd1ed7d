/** How a measured curve reads in words: its range, and whether it is flat or spans a factor. */

import { formatNumber, formatPercent, formatStep } from '../charts/format.ts';

/** Below this relative spread a curve reads as flat: "within 0.3 %". */
const FLAT = 0.05;

/** 4.81, 37.5, 8,830: a ratio without exponents. */
const formatFold = (ratio: number) => (ratio < 100 ? formatNumber(ratio) : formatStep(ratio));

/**
 * "0.352–0.353, within 0.3 %" or "0.52–2.31, a 4.4-fold range": a spread is told relative to the largest value,
 * so a flat line (BN under a rescaled W) and a line spanning decades (a plain net's gradient) both read plainly.
 */
export function rangeWords(values: readonly number[], format: (v: number) => string): string {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return 'no finite values';
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  const range = `${format(lo)}–${format(hi)}`;
  const spread = hi > 0 ? (hi - lo) / hi : 0;
  if (spread < FLAT || lo <= 0) return `${range}, within ${formatPercent(spread)}`;
  return `${range}, a ${formatFold(hi / lo)}-fold range`;
}
