import { describe, expect, it } from 'vitest';
import { Activation, type ActivationName } from '../../src/engine/activation.ts';
import { BatchNorm } from '../../src/engine/batch-norm.ts';
import { Dense } from '../../src/engine/dense.ts';
import { tsKernels } from '../../src/engine/kernels.ts';
import type { ForwardMode, Layer } from '../../src/engine/layer.ts';
import { fillGaussian, mulberry32 } from '../../src/engine/rng.ts';
import { SoftmaxCrossEntropy } from '../../src/engine/softmax-cross-entropy.ts';
import { dot, expectGradientMatches } from './finite-difference.ts';

const ROWS = 5;

function gaussians(n: number, seed: number, scale = 1): Float64Array {
  const a = new Float64Array(n);
  fillGaussian(mulberry32(seed), a, scale);
  return a;
}

/**
 * With L = Σ c ⊙ layer(x), dL/dy = c: backward(c) must match central differences of L
 * in x and in every parameter.
 */
function checkLayer(layer: Layer, x: Float64Array, mode: ForwardMode, label: string): void {
  const n = ROWS * layer.outSize;
  const c = gaussians(n, 99);
  const L = (): number => dot(c, layer.forward(x, ROWS, mode), n);
  L();
  const dx = layer.backward(c);
  const grads = layer.params.map((p) => Float64Array.from(p.grad));
  if (dx !== null) expectGradientMatches(Float64Array.from(dx.subarray(0, x.length)), x, L, `${label} dx`);
  layer.params.forEach((p, i) => expectGradientMatches(grads[i], p.value as Float64Array, L, `${label} d${p.role}`));
}

function dense(bias: boolean, inputGrad = true): Dense {
  const d = new Dense({
    inSize: 4,
    outSize: 3,
    bias,
    layer: 1,
    precision: 'f64',
    kernels: tsKernels,
    rowCapacity: ROWS,
    inputGrad,
  });
  d.W.value.set(gaussians(12, 1));
  if (d.b !== null) d.b.value.set(gaussians(3, 2));
  return d;
}

describe('layer gradients match central differences (float64)', () => {
  it('dense with bias: dW, db and dx', () => {
    checkLayer(dense(true), gaussians(ROWS * 4, 3), 'train', 'dense');
  });

  it('dense without bias: dW and dx', () => {
    const d = dense(false);
    expect(d.params.map((p) => p.name)).toEqual(['W1']);
    checkLayer(d, gaussians(ROWS * 4, 4), 'train', 'dense/no-bias');
  });

  it('dense built without an input gradient still gives dW and db, and no dx', () => {
    const d = dense(true, false);
    d.forward(gaussians(ROWS * 4, 5), ROWS, 'train');
    expect(d.backward(gaussians(ROWS * 3, 6))).toBeNull();
    checkLayer(d, gaussians(ROWS * 4, 5), 'train', 'dense/first');
  });

  it('batch-norm in train mode: dx through the batch statistics, dγ and dβ', () => {
    const bn = new BatchNorm({ units: 3, layer: 1, precision: 'f64', rowCapacity: ROWS });
    bn.gamma.value.set([1.3, -0.7, 0.4]);
    bn.beta.value.set([0.1, 0.2, -0.3]);
    checkLayer(bn, gaussians(ROWS * 3, 7, 2), 'train', 'batch-norm/train');
  });

  it('batch-norm with fixed (running) statistics: dx = γ·dy/√(var + ε)', () => {
    const bn = new BatchNorm({ units: 3, layer: 1, precision: 'f64', rowCapacity: ROWS });
    bn.gamma.value.set([1.3, -0.7, 0.4]);
    bn.runningMean.set([0.5, -0.2, 0.1]);
    bn.runningVar.set([2, 0.5, 1.5]);
    checkLayer(bn, gaussians(ROWS * 3, 8), 'eval', 'batch-norm/eval');
  });

  it.each<ActivationName>(['sigmoid', 'tanh'])('%s: dx = dy ⊙ f′(x)', (kind) => {
    checkLayer(new Activation(kind, 3, 'f64', ROWS), gaussians(ROWS * 3, 9, 2), 'train', kind);
  });

  it('relu away from 0: dx = dy where x > 0, else 0', () => {
    // keep every input at least 0.1 from the kink, where the central difference is exact
    const x = gaussians(ROWS * 3, 10, 2).map((v) => (Math.abs(v) < 0.1 ? v + Math.sign(v || 1) * 0.2 : v));
    checkLayer(new Activation('relu', 3, 'f64', ROWS), x, 'train', 'relu');
  });

  it('softmax cross-entropy: dL/dz = (softmax − onehot)/m for the mean loss', () => {
    const ce = new SoftmaxCrossEntropy(4, 'f64', ROWS);
    const z = gaussians(ROWS * 4, 11, 3);
    const labels = [0, 3, 1, 1, 2];
    const L = (): number => ce.forward(z, labels, ROWS);
    L();
    expectGradientMatches(Float64Array.from(ce.backward().subarray(0, z.length)), z, L, 'softmax-ce dz');
  });
});
