/** Norms and summaries of parameter arrays. */

import type { Summary } from '../protocol/history.ts';

/** ‖v‖₂ = √Σ vᵢ², accumulated in float64. */
export function l2Norm(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] * values[i];
  return Math.sqrt(sum);
}

/** ‖a − b‖₂ for two arrays of the same length (the size of an update Δp = p_new − p_old). */
export function l2Distance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) {
    throw new Error(`l2Distance: expected arrays of the same length, got ${a.length} and ${b.length}`);
  }
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i] - b[i];
    sum += d * d;
  }
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
