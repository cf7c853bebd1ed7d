/** Measurements as the worker sends them, for a plain net and a BN net: BN flat under scaling, plain not. */

import type { Measurement } from '../../src/protocol/measurements.ts';

/** 10^(k/6) for k = −6…6, as the scale probe uses. */
const FACTORS = Array.from({ length: 13 }, (_, i) => 10 ** ((i - 6) / 6));

export const SCALE: Measurement = {
  kind: 'scale',
  result: {
    step: 300,
    layer: 3,
    factors: FACTORS,
    nets: {
      // plain: a larger W saturates the sigmoids, the loss grows and the gradient changes by decades
      plain: { loss: FACTORS.map((a) => 0.5 + 0.2 * a), gradNorm: FACTORS.map((a) => 0.02 * a) },
      // BN: the same loss at every scale, and a gradient that falls as 1/a
      bn: { loss: FACTORS.map(() => 0.35), gradNorm: FACTORS.map((a) => 0.04 / a) },
    },
  },
};

export const INFERENCE: Measurement = {
  kind: 'inference',
  result: {
    step: 300,
    batchSizes: [1, 2, 4, 8, 16, 60],
    nets: {
      plain: { running: 0.4, population: 0.4, byBatchSize: [0.4, 0.4, 0.4, 0.4, 0.4, 0.4] },
      bn: { running: 0.85, population: 0.86, byBatchSize: [0.098, 0.5, 0.7, 0.8, 0.83, 0.84] },
    },
  },
};

/** BN's p(true) spread over 10 bins' worth of values; plain's the same 0.41 in every batch. */
export function regularizer(digit: number): Measurement {
  return {
    kind: 'regularizer',
    result: {
      step: 300,
      digit,
      label: 4,
      nets: {
        plain: { pTrue: Array.from({ length: 200 }, () => 0.41), flipShare: 0 },
        bn: { pTrue: Array.from({ length: 200 }, (_, i) => 0.3 + (i % 10) * 0.04), flipShare: 0.032 },
      },
    },
    candidates: [
      { index: 2, p: 0.49 },
      { index: 130, p: 0.52 },
      { index: 7, p: 0.46 },
      { index: 512, p: 0.55 },
    ],
  };
}
