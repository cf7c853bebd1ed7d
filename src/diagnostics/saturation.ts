/** How much of a layer sits where its nonlinearity's derivative has all but vanished. */

import type { ActivationName } from '../protocol/config.ts';

export interface SaturationStats {
  /** fraction of (sample, unit) pairs whose derivative is below 19 % of its maximum */
  readonly saturated: number;
  /** mean of the derivative over the same pairs */
  readonly meanDerivative: number;
}

/** f'(x) from the output y = f(x), and whether it is below 19 % of max f'. */
interface Derivative {
  readonly of: (y: number) => number;
  readonly saturated: (y: number) => boolean;
}

const DERIVATIVES: Readonly<Record<ActivationName, Derivative>> = {
  // σ'(x) = y(1 − y) ≤ ¼; y(1 − y) < 0.19·¼ ⇔ y < 0.05 or y > 0.95
  sigmoid: { of: (y) => y * (1 - y), saturated: (y) => y < 0.05 || y > 0.95 },
  // tanh'(x) = 1 − y² ≤ 1; 1 − y² < 0.19 ⇔ |y| > 0.9
  tanh: { of: (y) => 1 - y * y, saturated: (y) => Math.abs(y) > 0.9 },
  // relu'(x) = 1 if y > 0 else 0
  relu: { of: (y) => (y > 0 ? 1 : 0), saturated: (y) => y === 0 },
};

/**
 * From the first `count` outputs y of the nonlinearity (rows × units, any order): the saturated fraction and
 * the mean derivative. Empty input gives NaN for both; a NaN output counts as not saturated and makes the mean NaN.
 */
export function saturation(outputs: ArrayLike<number>, count: number, activation: ActivationName): SaturationStats {
  if (!Number.isInteger(count) || count < 0 || count > outputs.length) {
    throw new Error(`saturation: expected count in [0, ${outputs.length}], got ${count}`);
  }
  const derivative = DERIVATIVES[activation];
  if (derivative === undefined) throw new Error(`saturation: unknown activation "${activation}"`);
  let saturated = 0;
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const y = outputs[i];
    if (derivative.saturated(y)) saturated++;
    sum += derivative.of(y);
  }
  if (count === 0) return { saturated: Number.NaN, meanDerivative: Number.NaN };
  return { saturated: saturated / count, meanDerivative: sum / count };
}
