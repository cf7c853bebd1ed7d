/** How the text names each nonlinearity, its derivative, and its flat zones. */

import type { ActivationName } from '../protocol/config.ts';

export interface ActivationWords {
  /** "sigmoid", "tanh", "ReLU" */
  readonly name: string;
  /** its derivative, for "mean σ′" */
  readonly derivative: string;
  /**
   * Where the derivative is below 19 % of its peak: sigmoid and tanh saturate (the output is pinned near its bounds);
   * a ReLU below 0 is dead (output 0, derivative 0).
   */
  readonly zone: 'saturated' | 'dead';
}

export const ACTIVATION_WORDS: Readonly<Record<ActivationName, ActivationWords>> = {
  sigmoid: { name: 'sigmoid', derivative: 'σ′', zone: 'saturated' },
  tanh: { name: 'tanh', derivative: 'tanh′', zone: 'saturated' },
  relu: { name: 'ReLU', derivative: 'ReLU′', zone: 'dead' },
};
