import { describe, it } from 'vitest';
import type { ActivationName } from '../../src/engine/activation.ts';
import { drawInitialWeights } from '../../src/engine/init.ts';
import { createMlp } from '../../src/engine/mlp.ts';
import { fillGaussian, mulberry32 } from '../../src/engine/rng.ts';
import { expectGradientMatches } from './finite-difference.ts';

const ROWS = 7;
const SIZES = [5, 4, 4, 3];

/** A float64 twin with Gaussian weights, and for BN non-trivial γ and β. */
function net(batchNorm: boolean, activation: ActivationName) {
  const mlp = createMlp(
    { inputSize: 5, hidden: [4, 4], outputSize: 3, activation, batchNorm, precision: 'f64' },
    drawInitialWeights(SIZES, { kind: 'gauss', sigma: 0.8 }, 3),
  );
  const rng = mulberry32(4);
  for (const p of mlp.params()) {
    if (p.role === 'b' || p.role === 'beta') fillGaussian(rng, p.value, 0.3);
    if (p.role === 'gamma') for (let i = 0; i < p.value.length; i++) p.value[i] = 1 + 0.3 * (2 * rng.uniform() - 1);
  }
  return mlp;
}

describe('whole-network gradients match central differences (float64)', () => {
  const x = new Float64Array(ROWS * 5);
  fillGaussian(mulberry32(5), x, 1.5);
  const labels = [0, 1, 2, 2, 1, 0, 2];

  for (const activation of ['sigmoid', 'tanh'] as const) {
    for (const batchNorm of [false, true]) {
      it(`${batchNorm ? 'BN' : 'plain'} ${activation} net 5-4-4-3: every parameter`, () => {
        const mlp = net(batchNorm, activation);
        const L = (): number => {
          mlp.forward(x, ROWS, 'train');
          return mlp.loss(labels, ROWS);
        };
        L();
        mlp.backward();
        const grads = mlp.params().map((p) => Float64Array.from(p.grad));
        mlp.params().forEach((p, i) => expectGradientMatches(grads[i], p.value as Float64Array, L, p.name));
      });
    }
  }
});
