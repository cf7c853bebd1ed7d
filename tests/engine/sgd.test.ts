import { describe, expect, it } from 'vitest';
import { createParam } from '../../src/engine/param.ts';
import { Sgd } from '../../src/engine/sgd.ts';

function param(values: number[], grads: number[]) {
  const p = createParam('b', 1, 1, values.length, 'f64');
  p.value.set(values);
  p.grad.set(grads);
  return p;
}

describe('SGD', () => {
  it('plain: p ← p − lr·g, with a learning rate that changes between steps', () => {
    const p = param([1, -2], [0.5, 1]);
    const sgd = new Sgd([p]);
    sgd.step(0.1);
    expect(Array.from(p.value)).toEqual([1 - 0.1 * 0.5, -2 - 0.1 * 1]);
    sgd.step(1);
    expect(Array.from(p.value)).toEqual([1 - 0.1 * 0.5 - 0.5, -2 - 0.1 * 1 - 1]);
  });

  it('momentum μ: v ← μ·v + g, p ← p − lr·v (PyTorch’s convention)', () => {
    const p = param([1], [2]);
    const sgd = new Sgd([p], { momentum: 0.9 });
    sgd.step(0.1); // v = 2, p = 1 − 0.2
    p.grad[0] = 1;
    sgd.step(0.1); // v = 0.9·2 + 1 = 2.8, p = 0.8 − 0.28
    expect(p.value[0]).toBeCloseTo(0.52, 15);
    sgd.reset();
    p.grad[0] = 1;
    sgd.step(0.1);
    expect(p.value[0]).toBeCloseTo(0.42, 15);
  });

  it('reports ‖g‖², ‖Δp‖² and ‖p‖² after the update per parameter when asked', () => {
    const a = param([0, 0], [3, 4]);
    const b = param([1], [1]);
    const norms = new Float64Array(6);
    new Sgd([a, b]).step(0.5, norms);
    // a: g = (3, 4), Δp = (1.5, 2), p = (−1.5, −2); b: g = 1, Δp = 0.5, p = 0.5
    expect(Array.from(norms)).toEqual([25, 6.25, 6.25, 1, 0.25, 0.25]);
  });

  it('updates float32 parameters in place', () => {
    const p = createParam('W', 1, 2, 2, 'f32');
    p.value.set([1, 2, 3, 4]);
    p.grad.fill(1);
    new Sgd([p]).step(0.5);
    expect(p.value).toEqual(Float32Array.of(0.5, 1.5, 2.5, 3.5));
  });
});
