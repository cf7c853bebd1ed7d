import { describe, expect, it } from 'vitest';
import type { ActivationName } from '../../src/engine/activation.ts';
import { drawInitialWeights } from '../../src/engine/init.ts';
import type { HiddenNorm } from '../../src/engine/hidden-layer.ts';
import { createMlp, type Mlp } from '../../src/engine/mlp.ts';
import { fillGaussian, mulberry32 } from '../../src/engine/rng.ts';
import { expectGradientMatches } from './finite-difference.ts';

const ROWS = 7;
const SIZES = [5, 4, 4, 3];

/** A float64 net with Gaussian weights, and non-trivial biases, γ and β where it has them. */
function net(norm: HiddenNorm, activation: ActivationName) {
  const mlp = createMlp(
    { inputSize: 5, hidden: [4, 4], outputSize: 3, activation, norm, precision: 'f64' },
    drawInitialWeights(SIZES, { kind: 'gauss', sigma: 0.8 }, 3),
  );
  const rng = mulberry32(4);
  for (const p of mlp.params()) {
    if (p.role === 'b' || p.role === 'beta') fillGaussian(rng, p.value, 0.3);
    if (p.role === 'gamma') for (let i = 0; i < p.value.length; i++) p.value[i] = 1 + 0.3 * (2 * rng.uniform() - 1);
  }
  return mlp;
}

const x = new Float64Array(ROWS * 5);
fillGaussian(mulberry32(5), x, 1.5);
const labels = [0, 1, 2, 2, 1, 0, 2];

/** The training-mode loss of the batch; forward → loss, so backward may follow. */
function trainLoss(mlp: Mlp): number {
  mlp.forward(x, ROWS, 'train');
  return mlp.loss(labels, ROWS);
}

function analyticGrads(mlp: Mlp): Float64Array[] {
  trainLoss(mlp);
  mlp.backward();
  return mlp.params().map((p) => Float64Array.from(p.grad));
}

describe('whole-network gradients match central differences (float64)', () => {
  for (const activation of ['sigmoid', 'tanh'] as const) {
    for (const norm of ['none', 'bn', 'bn-fixed'] as const) {
      it(`${norm} ${activation} net 5-4-4-3: every parameter`, () => {
        const mlp = net(norm, activation);
        const grads = analyticGrads(mlp);
        mlp
          .params()
          .forEach((p, i) => expectGradientMatches(grads[i], p.value as Float64Array, () => trainLoss(mlp), p.name));
      });
    }
  }

  it('bn-fixed has no γ or β to learn: W1, W2, W3 and b3 only', () => {
    expect(
      net('bn-fixed', 'sigmoid')
        .params()
        .map((p) => p.name),
    ).toEqual(['W1', 'W2', 'W3', 'b3']);
  });
});

describe('center-stopgrad: the gradient of §2, which treats the batch mean as a constant', () => {
  /** Freezes every layer's μ_B at its value on this batch: 'eval' then subtracts exactly it. */
  function frozenMeanLoss(mlp: Mlp): () => number {
    trainLoss(mlp);
    for (const layer of mlp.hidden) layer.center!.runningMean.set(layer.center!.mean);
    return () => {
      mlp.forward(x, ROWS, 'eval');
      return mlp.loss(labels, ROWS);
    };
  }

  it.each(['sigmoid', 'tanh'] as const)(
    'matches central differences of the loss with μ_B frozen (%s)',
    (activation) => {
      const mlp = net('center-stopgrad', activation);
      const grads = analyticGrads(mlp);
      const L = frozenMeanLoss(mlp);
      mlp.params().forEach((p, i) => expectGradientMatches(grads[i], p.value as Float64Array, L, p.name));
    },
  );

  it('gives b the batch sum of dL/d(pre-activation), while the true gradient through the mean is 0', () => {
    const mlp = net('center-stopgrad', 'sigmoid');
    const grads = analyticGrads(mlp);
    const last = mlp.hidden[1];
    // by hand for the last hidden layer: dL/dlogit = (softmax − onehot)/m, dL/dh = dL/dlogit · W3, dL/dz = dL/dh · σ(1 − σ)
    trainLoss(mlp);
    const logits = mlp.logits;
    const W3 = mlp.param('W3').value;
    const h = last.activationOutput;
    const db = new Float64Array(last.units);
    for (let r = 0; r < ROWS; r++) {
      const row = [0, 1, 2].map((k) => Math.exp(logits[r * 3 + k]));
      const total = row[0] + row[1] + row[2];
      const dlogit = row.map((e, k) => (e / total - (k === labels[r] ? 1 : 0)) / ROWS);
      for (let j = 0; j < last.units; j++) {
        const dh = dlogit.reduce((sum, d, k) => sum + d * W3[k * last.units + j], 0);
        const s = h[r * last.units + j];
        db[j] += dh * s * (1 - s);
      }
    }
    const b2 = grads[mlp.params().findIndex((p) => p.name === 'b2')];
    Array.from(db).forEach((v, j) => expect(b2[j]).toBeCloseTo(v, 12));
    // the true gradient: raising b_j raises μ_B by as much, so the loss does not move at all
    for (const name of ['b1', 'b2']) {
      const bias = mlp.param(name).value as Float64Array;
      const saved = bias[0];
      bias[0] = saved + 1e-4;
      const up = trainLoss(mlp);
      bias[0] = saved - 1e-4;
      const down = trainLoss(mlp);
      bias[0] = saved;
      expect(Math.abs((up - down) / 2e-4), name).toBeLessThan(1e-9);
      expect(Math.abs(grads[mlp.params().findIndex((p) => p.name === name)][0]), name).toBeGreaterThan(1e-5);
    }
  });
});

describe('noisy-bn: the gradient with one step’s noise frozen', () => {
  it.each(['sigmoid', 'tanh'] as const)(
    'matches central differences of the loss in every parameter (%s)',
    (activation) => {
      const mlp = net('noisy-bn', activation);
      const noise = mlp.noise!;
      const start = noise.state;
      // every evaluation replays the same draw: the noise is a fixed elementwise affine map for the step
      const L = (): number => {
        noise.state = start;
        return trainLoss(mlp);
      };
      L();
      mlp.backward();
      const grads = mlp.params().map((p) => Float64Array.from(p.grad));
      expect(mlp.params().map((p) => p.name)).toEqual(['W1', 'gamma1', 'beta1', 'W2', 'gamma2', 'beta2', 'W3', 'b3']);
      mlp.params().forEach((p, i) => expectGradientMatches(grads[i], p.value as Float64Array, L, p.name));
    },
  );

  it('draws noise only in training: eval, population and batch forwards equal the bn net’s with the same weights', () => {
    const noisy = net('noisy-bn', 'sigmoid');
    const bn = net('bn', 'sigmoid');
    for (const mlp of [noisy, bn]) {
      mlp.beginPopulation();
      mlp.forward(x, ROWS, 'accumulate');
      mlp.endPopulation();
    }
    const before = noisy.noise!.state;
    for (const mode of ['eval', 'population', 'batch'] as const) {
      const a = Float64Array.from(noisy.forward(x, ROWS, mode).subarray(0, ROWS * 3));
      const b = Float64Array.from(bn.forward(x, ROWS, mode).subarray(0, ROWS * 3));
      expect(a, mode).toEqual(b);
    }
    expect(noisy.noise!.state).toBe(before);
    const trained = Float64Array.from(noisy.forward(x, ROWS, 'train').subarray(0, ROWS * 3));
    expect(trained).not.toEqual(Float64Array.from(bn.forward(x, ROWS, 'train').subarray(0, ROWS * 3)));
  });
});
