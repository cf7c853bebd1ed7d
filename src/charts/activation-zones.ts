/** Where each nonlinearity saturates, and its curve, for the backdrop of the distribution charts. */

import type { ActivationName } from '../protocol/config.ts';
import type { Extent } from './domains.ts';

/** Sigmoid-input charts use this one domain; the end bins collect everything beyond. */
export const INPUT_DOMAIN: Extent = [-8, 8];

/**
 * |x| beyond which the derivative is below 19 % of its maximum (the probe's saturation):
 * sigmoid: σ(1−σ) < 0.19/4 ⇔ σ < 0.05 or σ > 0.95 ⇔ |x| > ln 19 ≈ 2.94;
 * tanh: 1 − tanh² < 0.19 ⇔ |x| > atanh 0.9 ≈ 1.47.
 */
export const SATURATION_THRESHOLD: Readonly<Record<'sigmoid' | 'tanh', number>> = {
  sigmoid: Math.log(19),
  tanh: Math.atanh(0.9),
};

/** The saturated (sigmoid, tanh) or dead (ReLU: x < 0) parts of the domain. */
export function saturatedZones(activation: ActivationName, domain: Extent = INPUT_DOMAIN): Extent[] {
  const [lo, hi] = domain;
  const zones: Extent[] =
    activation === 'relu'
      ? [[lo, 0]]
      : [
          [lo, -SATURATION_THRESHOLD[activation]],
          [SATURATION_THRESHOLD[activation], hi],
        ];
  return zones.map(([a, b]): Extent => [Math.max(a, lo), Math.min(b, hi)]).filter(([a, b]) => b > a);
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The activation over the domain, scaled into [0, 1] so it fits any plot height. */
export function activationCurve(
  activation: ActivationName,
  domain: Extent = INPUT_DOMAIN,
  samples = 129,
): [number, number][] {
  const [lo, hi] = domain;
  const top = Math.max(hi, 1e-9);
  const curves: Record<ActivationName, (x: number) => number> = {
    sigmoid,
    tanh: (x) => (Math.tanh(x) + 1) / 2,
    relu: (x) => Math.max(0, x) / top,
  };
  const f = curves[activation];
  return Array.from({ length: samples }, (_, i) => {
    const x = lo + ((hi - lo) * i) / (samples - 1);
    return [x, f(x)];
  });
}

export const ACTIVATION_LABEL: Readonly<Record<ActivationName, string>> = {
  sigmoid: 'σ(x)',
  tanh: 'tanh(x)',
  relu: 'ReLU(x)',
};
