import { describe, expect, it } from 'vitest';
import { drawInitialWeights } from '../../src/engine/init.ts';
import { createMlp } from '../../src/engine/mlp.ts';
import { fillGaussian, mulberry32 } from '../../src/engine/rng.ts';
import { drain, rowsPerSlice } from '../../src/engine/slices.ts';

const sizes = [12, 9, 7, 3];

function net(batchNorm: boolean, sliceMultiplyAdds?: number) {
  return createMlp(
    {
      inputSize: 12,
      hidden: [9, 7],
      outputSize: 3,
      activation: 'sigmoid',
      norm: batchNorm ? 'bn' : 'none',
      sliceMultiplyAdds,
    },
    drawInitialWeights(sizes, { kind: 'gauss', sigma: 0.5 }, 3),
  );
}

/** Counts the slices of one forward → loss → backward, and returns the net's gradients. */
function sliceAndGrads(batchNorm: boolean, sliceMultiplyAdds?: number) {
  const mlp = net(batchNorm, sliceMultiplyAdds);
  const rows = 20;
  const x = new Float32Array(rows * 12);
  fillGaussian(mulberry32(9), x);
  const y = Uint8Array.from({ length: rows }, (_, r) => r % 3);
  let slices = 0;
  const forward = mlp.forwardSlices(x, rows, 'train');
  for (let r = forward.next(); !r.done; r = forward.next()) slices++;
  mlp.loss(y, rows);
  const backward = mlp.backwardSlices();
  for (let r = backward.next(); !r.done; r = backward.next()) slices++;
  return { slices, grads: mlp.params().map((p) => Array.from(p.grad)), logits: Array.from(mlp.logits) };
}

describe('work in slices', () => {
  it('cuts a product into rows that fit the budget, all at once when cheap', () => {
    expect(rowsPerSlice(60, 100, 1000)).toBe(10);
    expect(rowsPerSlice(60, 100, 1e9)).toBe(60);
    expect(rowsPerSlice(60, 5000, 1000)).toBe(1);
  });

  it('drain runs every slice and returns the result', () => {
    function* three() {
      yield;
      yield;
      return 3;
    }
    expect(drain(three())).toBe(3);
  });

  it.each([false, true])('gives the same bits sliced into rows as in one go (BN %s)', (bn) => {
    const whole = sliceAndGrads(bn);
    const sliced = sliceAndGrads(bn, 20);
    expect(whole.slices).toBe(0);
    // every product costs more than 20 multiply-adds a row, so each of its 20 rows is a slice of its own
    expect(sliced.slices).toBeGreaterThan(40);
    expect(sliced.logits).toEqual(whole.logits);
    expect(sliced.grads).toEqual(whole.grads);
  });
});
