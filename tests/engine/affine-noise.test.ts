import { describe, expect, it } from 'vitest';
import { AffineNoise } from '../../src/engine/affine-noise.ts';
import { HiddenLayer } from '../../src/engine/hidden-layer.ts';
import { tsKernels } from '../../src/engine/kernels.ts';
import type { ForwardMode } from '../../src/engine/layer.ts';
import { fillGaussian, mulberry32 } from '../../src/engine/rng.ts';
import { dot, expectGradientMatches } from './finite-difference.ts';

const ROWS = 5;
const UNITS = 3;

function gaussians(n: number, seed: number, scale = 1): Float64Array {
  const a = new Float64Array(n);
  fillGaussian(mulberry32(seed), a, scale);
  return a;
}

function noiseLayer(seed: number, rows = ROWS, units = UNITS) {
  const rng = mulberry32(seed);
  return { rng, layer: new AffineNoise({ units, precision: 'f64', rowCapacity: rows, rng }) };
}

/** Mean and variance (m − 1 in the denominator) of a sample. */
function moments(values: ArrayLike<number>): { mean: number; variance: number } {
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i];
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - mean) ** 2;
  return { mean, variance: ss / (n - 1) };
}

describe('noisy BN’s noise: a_ij ← s_ij·a_ij + m_ij in training', () => {
  it('applies the drawn s and m elementwise: y = s ⊙ a + m on 5×3', () => {
    const { layer } = noiseLayer(1);
    const a = gaussians(ROWS * UNITS, 2);
    const y = layer.forward(a, ROWS, 'train');
    for (let i = 0; i < ROWS * UNITS; i++) expect(y[i]).toBe(layer.scale[i] * a[i] + layer.shift[i]);
  });

  it.each<ForwardMode>(['eval', 'population', 'batch', 'accumulate'])(
    'is free of noise in %s mode: y = a, dx = dy, and no draw is taken',
    (mode) => {
      const { rng, layer } = noiseLayer(3);
      const before = rng.state;
      const a = gaussians(ROWS * UNITS, 4);
      expect(Array.from(layer.forward(a, ROWS, mode).subarray(0, a.length))).toEqual(Array.from(a));
      const dy = gaussians(ROWS * UNITS, 5);
      expect(Array.from(layer.backward(dy).subarray(0, dy.length))).toEqual(Array.from(dy));
      expect(rng.state).toBe(before);
    },
  );

  it('draws afresh every training step: two steps give different noise, the same stream state replays it', () => {
    const { rng, layer } = noiseLayer(6);
    const a = gaussians(ROWS * UNITS, 7);
    const start = rng.state;
    const first = Float64Array.from(layer.forward(a, ROWS, 'train'));
    const second = Float64Array.from(layer.forward(a, ROWS, 'train'));
    expect(second).not.toEqual(first);
    rng.state = start;
    expect(Float64Array.from(layer.forward(a, ROWS, 'train'))).toEqual(first);
  });

  it('has the stated statistics over 4,000 steps: μ_t ~ U(−0.5, 0.5), σ_t ~ U(1, 1.25), m − μ_t ~ U(±0.1), s − σ_t ~ N(0, 0.1²)', () => {
    const steps = 4000;
    const rows = 10;
    const units = 10;
    const { layer } = noiseLayer(8, rows, units);
    const a = new Float64Array(rows * units);
    const stepMeans = new Float64Array(steps);
    const stepScales = new Float64Array(steps);
    const n = steps * rows * units;
    const mOffsets = new Float64Array(n);
    const sOffsets = new Float64Array(n);
    const ms = new Float64Array(n);
    const ss = new Float64Array(n);
    let mMin = Infinity;
    let mMax = -Infinity;
    for (let t = 0; t < steps; t++) {
      layer.forward(a, rows, 'train');
      stepMeans[t] = layer.stepMean;
      stepScales[t] = layer.stepScale;
      for (let i = 0; i < rows * units; i++) {
        const dm = layer.shift[i] - layer.stepMean;
        mOffsets[t * rows * units + i] = dm;
        sOffsets[t * rows * units + i] = layer.scale[i] - layer.stepScale;
        ms[t * rows * units + i] = layer.shift[i];
        ss[t * rows * units + i] = layer.scale[i];
        mMin = Math.min(mMin, dm);
        mMax = Math.max(mMax, dm);
      }
    }
    // U(a, b): mean (a + b)/2, variance (b − a)²/12; N(μ, σ²): mean μ, variance σ². Tolerances are 4 standard errors.
    // m and s themselves share μ_t or σ_t within a step, so only the 4,000 steps count as independent for them
    const check = (values: Float64Array, mean: number, variance: number, label: string, count = values.length) => {
      const got = moments(values);
      expect(Math.abs(got.mean - mean), `${label} mean ${got.mean}`).toBeLessThan(4 * Math.sqrt(variance / count));
      // the variance of a sample variance is about 2σ⁴/n (normal) and less for a uniform: 4·√(2/n)·σ² bounds both
      expect(Math.abs(got.variance - variance), `${label} variance ${got.variance}`).toBeLessThan(
        4 * Math.sqrt(2 / count) * variance,
      );
    };
    check(stepMeans, 0, 1 / 12, 'μ_t');
    check(stepScales, 1.125, 0.25 ** 2 / 12, 'σ_t');
    check(mOffsets, 0, 0.2 ** 2 / 12, 'm − μ_t');
    check(sOffsets, 0, 0.01, 's − σ_t');
    check(ms, 0, 1 / 12 + 0.2 ** 2 / 12, 'm', steps);
    check(ss, 1.125, 0.25 ** 2 / 12 + 0.01, 's', steps);
    expect(Math.min(...stepMeans)).toBeGreaterThanOrEqual(-0.5);
    expect(Math.max(...stepMeans)).toBeLessThan(0.5);
    expect(Math.min(...stepScales)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...stepScales)).toBeLessThan(1.25);
    expect(mMin).toBeGreaterThanOrEqual(-0.1 - 1e-12);
    expect(mMax).toBeLessThan(0.1 + 1e-12);
  });
});

describe('noisy BN’s gradient, with the noise of one step frozen (float64 central differences)', () => {
  /** With L = Σ c ⊙ layer(x), every evaluation replaying the same noise draw. */
  function frozenLoss(forward: () => ArrayLike<number>, rng: { state: number }, c: Float64Array): () => number {
    const start = rng.state;
    return () => {
      rng.state = start;
      return dot(c, forward(), c.length);
    };
  }

  it('the noise alone: dx = s ⊙ dy', () => {
    const { rng, layer } = noiseLayer(9);
    const x = gaussians(ROWS * UNITS, 10);
    const c = gaussians(ROWS * UNITS, 11);
    const L = frozenLoss(() => layer.forward(x, ROWS, 'train'), rng, c);
    L();
    const dx = Float64Array.from(layer.backward(c).subarray(0, x.length));
    expectGradientMatches(dx, x, L, 'noise dx');
  });

  it('a whole noisy-bn hidden layer (dense → BN → noise → sigmoid): dx, dW, dγ and dβ', () => {
    const rng = mulberry32(12);
    const layer = new HiddenLayer({
      inSize: 4,
      units: UNITS,
      index: 2,
      activation: 'sigmoid',
      norm: 'noisy-bn',
      precision: 'f64',
      kernels: tsKernels,
      rowCapacity: ROWS,
      inputGrad: true,
      noise: rng,
    });
    expect(layer.params.map((p) => p.name)).toEqual(['W2', 'gamma2', 'beta2']);
    layer.dense.W.value.set(gaussians(12, 13));
    layer.batchNorm!.gamma.value.set([1.3, -0.7, 0.4]);
    layer.batchNorm!.beta.value.set([0.1, 0.2, -0.3]);
    const x = gaussians(ROWS * 4, 14, 2);
    const c = gaussians(ROWS * UNITS, 15);
    const L = frozenLoss(() => layer.forward(x, ROWS, 'train'), rng, c);
    L();
    const dx = Float64Array.from(layer.backward(c)!.subarray(0, x.length));
    const grads = layer.params.map((p) => Float64Array.from(p.grad));
    expectGradientMatches(dx, x, L, 'noisy-bn dx');
    layer.params.forEach((p, i) => expectGradientMatches(grads[i], p.value as Float64Array, L, `noisy-bn d${p.role}`));
  });

  it('a noisy-bn layer without its noise stream is refused', () => {
    const options = {
      inSize: 4,
      units: UNITS,
      index: 1,
      activation: 'sigmoid',
      norm: 'noisy-bn',
      precision: 'f64',
      kernels: tsKernels,
      rowCapacity: ROWS,
      inputGrad: false,
    } as const;
    expect(() => new HiddenLayer(options)).toThrow('expected a noise stream for the noisy-bn layer 1');
  });
});
