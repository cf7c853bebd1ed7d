import { describe, expect, it } from 'vitest';
import type { Precision } from '../../src/engine/floats.ts';
import { drawInitialWeights } from '../../src/engine/init.ts';
import { createMlp, type Mlp } from '../../src/engine/mlp.ts';
import { fillGaussian, mulberry32 } from '../../src/engine/rng.ts';
import { Sgd } from '../../src/engine/sgd.ts';
import { countTypedArrayAllocations } from './count-allocations.ts';

function setup(batchNorm: boolean, precision: Precision) {
  const sizes = [784, 100, 100, 100, 10];
  const mlp = createMlp(
    {
      inputSize: 784,
      hidden: [100, 100, 100],
      outputSize: 10,
      activation: 'sigmoid',
      norm: batchNorm ? 'bn' : 'none',
      precision,
    },
    drawInitialWeights(sizes, { kind: 'gauss', sigma: 0.01 }, 1),
  );
  const rows = 60;
  const x = precision === 'f64' ? new Float64Array(2000 * 784) : new Float32Array(2000 * 784);
  fillGaussian(mulberry32(2), x);
  // MNIST-like sparsity, so the kernels' sparse path runs too
  for (let i = 0; i < x.length; i++) if (i % 5 !== 0) x[i] = 0;
  const labels = Uint8Array.from({ length: 2000 }, (_, i) => i % 10);
  const sgd = new Sgd(mlp.params(), { momentum: 0.9 });
  const norms = new Float64Array(3 * mlp.params().length);
  const step = (): void => {
    // forward → loss → backward → update
    mlp.forward(x, rows, 'train');
    mlp.loss(labels, rows);
    mlp.backward();
    sgd.step(0.1, norms);
  };
  return { mlp, x, labels, step };
}

function probe(mlp: Mlp, x: Float32Array | Float64Array, labels: Uint8Array): void {
  mlp.forward(x, 2000, mlp.norm === 'none' ? 'train' : 'eval');
  mlp.loss(labels, 2000);
}

describe('a training step allocates no typed arrays', () => {
  for (const batchNorm of [false, true]) {
    for (const precision of ['f32', 'f64'] as const) {
      it(`${batchNorm ? 'BN' : 'plain'} ${precision}: after one warm-up step, five more steps allocate nothing`, () => {
        const { step } = setup(batchNorm, precision);
        step();
        expect(
          countTypedArrayAllocations(() => {
            for (let i = 0; i < 5; i++) step();
          }),
        ).toBe(0);
      });
    }
  }

  it('a 2000-row probe grows the buffers once; later steps and probes allocate nothing', () => {
    const { mlp, x, labels, step } = setup(true, 'f32');
    step();
    expect(countTypedArrayAllocations(() => probe(mlp, x, labels))).toBeGreaterThan(0);
    const later = countTypedArrayAllocations(() => {
      for (let i = 0; i < 3; i++) step();
      probe(mlp, x, labels);
      step();
    });
    expect(later).toBe(0);
  });

  it('the counter does see allocations', () => {
    expect(countTypedArrayAllocations(() => new Float32Array(3).subarray(1))).toBe(2);
  });
});
