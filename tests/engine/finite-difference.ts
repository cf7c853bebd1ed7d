/** Central-difference gradient checking in float64. */

import { expect } from 'vitest';

/** ∂f/∂v[i] ≈ (f(v + h·e_i) − f(v − h·e_i)) / 2h for every i, restoring v. */
function numericGradient(v: Float64Array, f: () => number, h = 1e-5): Float64Array {
  const g = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const saved = v[i];
    v[i] = saved + h;
    const up = f();
    v[i] = saved - h;
    const down = f();
    v[i] = saved;
    g[i] = (up - down) / (2 * h);
  }
  return g;
}

/** max_i |a_i − n_i| / max(|a_i|, |n_i|, floor): the relative error of an analytic gradient. */
function relativeError(analytic: ArrayLike<number>, numeric: ArrayLike<number>, floor = 1e-3): number {
  let worst = 0;
  for (let i = 0; i < numeric.length; i++) {
    const e = Math.abs(analytic[i] - numeric[i]) / Math.max(Math.abs(analytic[i]), Math.abs(numeric[i]), floor);
    worst = Math.max(worst, e);
  }
  return worst;
}

/** The analytic gradient matches central differences to `tol` relative (entries below 1e-3 to 1e-9 absolute). */
export function expectGradientMatches(
  analytic: ArrayLike<number>,
  v: Float64Array,
  f: () => number,
  label: string,
  tol = 1e-6,
): void {
  const numeric = numericGradient(v, f);
  const err = relativeError(analytic, numeric);
  expect(err, `${label}: relative error ${err}`).toBeLessThan(tol);
}

/** Σ c_i·y_i: a scalar loss whose gradient dL/dy is exactly c. */
export function dot(c: ArrayLike<number>, y: ArrayLike<number>, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += c[i] * y[i];
  return s;
}
