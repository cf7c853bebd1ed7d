/**
 * Batch normalization's passes over rows × units and σ's backward pass, in float64 whatever the storage precision:
 * the TypeScript kernels' implementation. The WebAssembly kernels compute the same operations in the same order, so
 * both backends give these the same bits.
 */

import type { Floats } from './floats.ts';

/** Per column j: μ_j = Σ_r x_rj / m and the biased σ²_j = Σ_r (x_rj − μ_j)² / m, two passes, rows in order. */
export function batchStats(x: Floats, m: number, u: number, mean: Float64Array, variance: Float64Array): void {
  mean.fill(0);
  variance.fill(0);
  for (let r = 0; r < m; r++) for (let j = 0; j < u; j++) mean[j] += x[r * u + j];
  for (let j = 0; j < u; j++) mean[j] /= m;
  for (let r = 0; r < m; r++) {
    for (let j = 0; j < u; j++) {
      const d = x[r * u + j] - mean[j];
      variance[j] += d * d;
    }
  }
  for (let j = 0; j < u; j++) variance[j] /= m;
}

/** x̂ = (x − μ)·invStd, y = γ·x̂ + β (y from the unrounded x̂). */
export function normalize(
  x: Floats,
  rows: number,
  u: number,
  mean: Float64Array,
  invStd: Float64Array,
  gamma: Floats,
  beta: Floats,
  xhat: Floats,
  y: Floats,
): void {
  for (let r = 0; r < rows; r++) {
    const o = r * u;
    for (let j = 0; j < u; j++) {
      const h = (x[o + j] - mean[j]) * invStd[j];
      xhat[o + j] = h;
      y[o + j] = gamma[j] * h + beta[j];
    }
  }
}

/**
 * sumDy = Σ_rows dy and sumDyXhat = Σ_rows dy·x̂ per column; then with batch statistics
 * dx = γ·invStd/m · (m·dy − Σdy − x̂·Σdy·x̂), with fixed statistics (eval, population) dx = γ·invStd·dy.
 */
export function normBackward(
  dy: Floats,
  xhat: Floats,
  m: number,
  u: number,
  gamma: Floats,
  invStd: Float64Array,
  batchStatistics: boolean,
  sumDy: Float64Array,
  sumDyXhat: Float64Array,
  dx: Floats,
): void {
  for (let j = 0; j < u; j++) {
    let sb = 0;
    let sg = 0;
    for (let r = 0; r < m; r++) {
      sb += dy[r * u + j];
      sg += dy[r * u + j] * xhat[r * u + j];
    }
    sumDy[j] = sb;
    sumDyXhat[j] = sg;
  }
  for (let r = 0; r < m; r++) {
    const o = r * u;
    if (batchStatistics) {
      for (let j = 0; j < u; j++) {
        const scale = (gamma[j] * invStd[j]) / m;
        dx[o + j] = scale * (m * dy[o + j] - sumDy[j] - xhat[o + j] * sumDyXhat[j]);
      }
    } else {
      for (let j = 0; j < u; j++) dx[o + j] = gamma[j] * invStd[j] * dy[o + j];
    }
  }
}

/** dx = dy·σ′(x) = dy·y·(1 − y), from σ's output y. */
export function sigmoidBackward(dy: Floats, y: Floats, dx: Floats, n: number): void {
  for (let i = 0; i < n; i++) dx[i] = dy[i] * y[i] * (1 - y[i]);
}
