/** Elementwise comparison with a relative tolerance and a report of the worst element. */

import { expect } from 'vitest';

export interface Tolerance {
  /** allowed |a − b| relative to |b| */
  readonly rel: number;
  /** added to the allowance: abs + rel·|b| (use it for entries that are zero up to cancellation) */
  readonly abs: number;
}

/** Fails with the worst element unless |a_i − b_i| ≤ abs + rel·|b_i| for every i. */
export function expectClose(
  actual: ArrayLike<number>,
  expected: ArrayLike<number> | number[][],
  tol: Tolerance,
  label: string,
): void {
  const want = (
    Array.isArray(expected) && Array.isArray(expected[0]) ? (expected as number[][]).flat() : expected
  ) as ArrayLike<number>;
  let worst = -1;
  let worstExcess = 0;
  for (let i = 0; i < want.length; i++) {
    const excess = Math.abs(actual[i] - want[i]) / (tol.abs + tol.rel * Math.abs(want[i]));
    if (!(excess <= worstExcess)) {
      worstExcess = excess;
      worst = i;
    }
  }
  const detail = worst < 0 ? '' : `${label}[${worst}]: got ${actual[worst]}, expected ${want[worst]}`;
  expect(worstExcess <= 1, detail).toBe(true);
}

/** max_i |a_i − b_i| / max_i |b_i|: the error relative to the tensor's scale. */
export function scaledError(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < expected.length; i++) {
    diff = Math.max(diff, Math.abs(actual[i] - expected[i]));
    scale = Math.max(scale, Math.abs(expected[i]));
  }
  return diff / (scale || 1);
}
