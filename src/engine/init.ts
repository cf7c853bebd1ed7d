/** The initial weights, drawn once from one seed for both twins, exactly as the fixtures README. */

import { fillGaussian, fillSymmetricUniform, mulberry32 } from './rng.ts';

/** gauss: W = σ·z; torchdefault: W, b ~ U(±1/√fan_in); xavier: W ~ U(±√(6/(fan_in + fan_out))). */
export type InitSpec = { kind: 'gauss'; sigma: number } | { kind: 'torchdefault' } | { kind: 'xavier' };

/** Every layer's W (W[out][in], row-major) and b, in float64: the plain twin's layout. */
export interface InitialWeights {
  /** layer widths, input first: [784, 100, 100, 100, 10] */
  readonly sizes: readonly number[];
  /** weights[l] is W(l+1), sizes[l+1] × sizes[l] */
  readonly weights: readonly Float64Array[];
  /** biases[l] is b(l+1), sizes[l+1] */
  readonly biases: readonly Float64Array[];
}

/**
 * Draws with mulberry32(seed). gauss: each W its own run of Box–Muller pairs, biases 0.
 * torchdefault: k·(2u − 1), k = 1/√fan_in, in the order W1, b1, W2, b2, …
 * xavier: a·(2u − 1), a = √(6/(fan_in + fan_out)), layer by layer, biases 0.
 * The BN twin uses the same W's and the output bias; the hidden biases are dropped (β replaces them).
 */
export function drawInitialWeights(sizes: readonly number[], init: InitSpec, seed: number): InitialWeights {
  if (sizes.length < 2 || sizes.some((s) => !Number.isInteger(s) || s < 1)) {
    throw new Error(`expected at least two positive integer layer sizes, got [${sizes.join(', ')}]`);
  }
  const rng = mulberry32(seed);
  const weights: Float64Array[] = [];
  const biases: Float64Array[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const fanIn = sizes[l];
    const fanOut = sizes[l + 1];
    const W = new Float64Array(fanOut * fanIn);
    const b = new Float64Array(fanOut);
    if (init.kind === 'gauss') {
      fillGaussian(rng, W, init.sigma);
    } else if (init.kind === 'torchdefault') {
      const k = 1 / Math.sqrt(fanIn);
      fillSymmetricUniform(rng, W, k);
      fillSymmetricUniform(rng, b, k);
    } else {
      fillSymmetricUniform(rng, W, Math.sqrt(6 / (fanIn + fanOut)));
    }
    weights.push(W);
    biases.push(b);
  }
  return { sizes: [...sizes], weights, biases };
}
