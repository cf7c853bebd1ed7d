import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BatchNorm } from '../../src/engine/batch-norm.ts';
import { drawInitialWeights } from '../../src/engine/init.ts';
import { createMlp } from '../../src/engine/mlp.ts';
import { fillGaussian, mulberry32 } from '../../src/engine/rng.ts';

const RUNS = { numRuns: 50 };

/** rows × units Gaussians with a per-unit offset and scale, so every column has its own statistics. */
function batch(rows: number, units: number, seed: number): Float64Array {
  const rng = mulberry32(seed);
  const x = new Float64Array(rows * units);
  fillGaussian(rng, x);
  for (let j = 0; j < units; j++) {
    const offset = 10 * (rng.uniform() - 0.5);
    const scale = 0.1 + 5 * rng.uniform();
    for (let r = 0; r < rows; r++) x[r * units + j] = offset + scale * x[r * units + j];
  }
  return x;
}

/** mean and biased variance of column j. */
function columnStats(a: ArrayLike<number>, rows: number, units: number, j: number): [number, number] {
  let mean = 0;
  for (let r = 0; r < rows; r++) mean += a[r * units + j] / rows;
  let variance = 0;
  for (let r = 0; r < rows; r++) variance += (a[r * units + j] - mean) ** 2 / rows;
  return [mean, variance];
}

describe('batch-norm invariants (property tests)', () => {
  it('in train mode with γ = 1, β = 0 every unit comes out with mean 0 and biased variance σ²/(σ² + ε)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer(),
        (rows, units, seed) => {
          const bn = new BatchNorm({ units, layer: 1, precision: 'f64', rowCapacity: rows });
          const x = batch(rows, units, seed);
          const y = bn.forward(x, rows, 'train');
          for (let j = 0; j < units; j++) {
            const [, sigma2] = columnStats(x, rows, units, j);
            const [mean, variance] = columnStats(y, rows, units, j);
            expect(Math.abs(mean)).toBeLessThan(1e-12);
            expect(Math.abs(variance - sigma2 / (sigma2 + bn.epsilon))).toBeLessThan(1e-12);
          }
        },
      ),
      RUNS,
    );
  });

  it('batch-norm forward on 2×3 gives ±1 per column (up to ε)', () => {
    const bn = new BatchNorm({ units: 3, layer: 1, precision: 'f64', rowCapacity: 2, epsilon: 0 });
    const y = bn.forward(Float64Array.of(1, 5, -2, 3, 1, -2.5), 2, 'train');
    expect(Array.from(y)).toEqual([-1, 1, 1, 1, -1, -1]);
  });

  it('is scale invariant: BN((aW)u) = BN(Wu), and ∂L/∂W at aW is (1/a) times ∂L/∂W at W', () => {
    // ε = 0 makes the invariance exact (the paper's §3.3 argument ignores ε)
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 10 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.integer(),
        (rows, inputs, units, a, seed) => {
          const spec = {
            inputSize: inputs,
            hidden: [units],
            outputSize: 3,
            activation: 'sigmoid',
            norm: 'bn',
            precision: 'f64',
            bnEpsilon: 0,
          } as const;
          const draw = drawInitialWeights([inputs, units, 3], { kind: 'gauss', sigma: 1 }, seed);
          const net = createMlp(spec, draw);
          const scaled = createMlp(spec, draw);
          scaled.param('W1').value.forEach((v, i, w) => (w[i] = a * v));
          const u = new Float64Array(rows * inputs);
          fillGaussian(mulberry32(seed + 1), u);
          const labels = Array.from({ length: rows }, (_, r) => r % 3);
          for (const m of [net, scaled]) {
            m.forward(u, rows, 'train');
            m.loss(labels, rows);
            m.backward();
          }
          const bnOut = net.hidden[0].activationInput;
          scaled.hidden[0].activationInput
            .subarray(0, rows * units)
            .forEach((v, i) => expect(v).toBeCloseTo(bnOut[i], 9));
          const g = net.param('W1').grad;
          const gScaled = scaled.param('W1').grad;
          let scale = 0;
          g.forEach((v) => (scale = Math.max(scale, Math.abs(v))));
          // float64 round-off of gradients that are themselves ~1e-13 needs an absolute floor above 1e-14
          g.forEach((v, i) => expect(Math.abs(a * gScaled[i] - v)).toBeLessThan(1e-8 * scale + 1e-12));
        },
      ),
      RUNS,
    );
  });
});
