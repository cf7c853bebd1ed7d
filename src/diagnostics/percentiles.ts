/** Per-unit percentiles of a nonlinearity's input, Fig. 1(b, c) of the paper. */

import type { Percentiles } from '../protocol/history.ts';

/**
 * numpy's default (method='linear') on ascending `sorted[0 … n)`: position h = (n − 1)·q/100,
 * lerp between a = sorted[⌊h⌋] and b = the next, written as numpy does:
 * a + (b − a)·γ, or b − (b − a)(1 − γ) when γ ≥ ½.
 */
export function percentileOfSorted(sorted: ArrayLike<number>, n: number, q: number): number {
  if (n < 1) return Number.NaN;
  const h = (n - 1) * (q / 100);
  const below = Math.min(Math.max(Math.floor(h), 0), n - 1);
  const above = Math.min(below + 1, n - 1);
  const gamma = h - below;
  const a = sorted[below];
  const b = sorted[above];
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
    column.sort();
    p15[u] = percentileOfSorted(column, rows, 15);
    p50[u] = percentileOfSorted(column, rows, 50);
    p85[u] = percentileOfSorted(column, rows, 85);
  }
  return { p15, p50, p85 };
}
