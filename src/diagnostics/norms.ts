/** Norms and summaries of parameter arrays. */

import type { Summary } from '../protocol/history.ts';

/** ‖v‖₂ = √Σ vᵢ², accumulated in float64. */
export function l2Norm(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] * values[i];
  return Math.sqrt(sum);
}

/** Mean, min and max; NaN for an empty array, and NaN throughout if any value is NaN. */
export function summary(values: ArrayLike<number>): Summary {
  if (values.length === 0) return { mean: Number.NaN, min: Number.NaN, max: Number.NaN };
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    sum += v;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return { mean: sum / values.length, min, max };
}
