import { describe, expect, it } from 'vitest';
import { drawInitialWeights } from '../../src/engine/init.ts';
import { createMlp } from '../../src/engine/mlp.ts';
import { expectClose } from './compare.ts';
import { loadFixture } from './fixtures.ts';

interface InitFixture {
  readonly 'init_gauss0.01_seed1': { W1_first5: number[]; W1_sum: number; W4_last5: number[]; W4_sum: number };
  readonly init_torchdefault_seed1: { W1_first5: number[]; b1_first5: number[]; W4_sum: number; b4: number[] };
}

const fx = loadFixture<InitFixture>('prng_and_trajectory.json');
const SIZES = [784, 100, 100, 100, 10];
// the sums differ from the reference's only by summation order
const TOL = { rel: 1e-12, abs: 1e-12 };
const sum = (a: Float64Array): number => a.reduce((s, v) => s + v, 0);

describe('drawInitialWeights', () => {
  it('gauss σ = 0.01 seeded 1 matches the fixture’s W1 first five, W1 sum, W4 last five and W4 sum', () => {
    const want = fx['init_gauss0.01_seed1'];
    const { weights, biases } = drawInitialWeights(SIZES, { kind: 'gauss', sigma: 0.01 }, 1);
    expectClose(weights[0].subarray(0, 5), want.W1_first5, TOL, 'W1');
    expectClose([sum(weights[0])], [want.W1_sum], TOL, 'ΣW1');
    expectClose(weights[3].subarray(weights[3].length - 5), want.W4_last5, TOL, 'W4');
    expectClose([sum(weights[3])], [want.W4_sum], TOL, 'ΣW4');
    biases.forEach((b) => expect(b.every((v) => v === 0)).toBe(true));
  });

  it('torchdefault seeded 1 matches the fixture’s W1 first five, b1 first five, W4 sum and b4', () => {
    const want = fx.init_torchdefault_seed1;
    const { weights, biases } = drawInitialWeights(SIZES, { kind: 'torchdefault' }, 1);
    expectClose(weights[0].subarray(0, 5), want.W1_first5, TOL, 'W1');
    expectClose(biases[0].subarray(0, 5), want.b1_first5, TOL, 'b1');
    expectClose([sum(weights[3])], [want.W4_sum], TOL, 'ΣW4');
    expectClose(biases[3], want.b4, TOL, 'b4');
  });

  it('xavier draws W within ±√(6/(fan_in + fan_out)) with zero biases', () => {
    const { weights, biases } = drawInitialWeights([6, 5, 3], { kind: 'xavier' }, 9);
    expect(weights.map((w) => w.length)).toEqual([30, 15]);
    const bounds = [Math.sqrt(6 / 11), Math.sqrt(6 / 8)];
    weights.forEach((w, l) => expect(w.every((v) => Math.abs(v) <= bounds[l])).toBe(true));
    biases.forEach((b) => expect(b.every((v) => v === 0)).toBe(true));
  });

  it('rejects fewer than two sizes', () => {
    expect(() => drawInitialWeights([784], { kind: 'xavier' }, 1)).toThrow(
      'expected at least two positive integer layer sizes, got [784]',
    );
  });
});

describe('the twins built from one draw', () => {
  const sizes = [6, 5, 4, 3];
  const draw = drawInitialWeights(sizes, { kind: 'torchdefault' }, 1);
  const spec = { inputSize: 6, hidden: [5, 4], outputSize: 3, activation: 'sigmoid', precision: 'f64' } as const;
  const plain = createMlp({ ...spec, norm: 'none' }, draw);
  const bn = createMlp({ ...spec, norm: 'bn' }, draw);

  it('share the very same W in every layer and the output bias', () => {
    for (const name of ['W1', 'W2', 'W3', 'b3']) {
      expect(Array.from(bn.param(name).value)).toEqual(Array.from(plain.param(name).value));
    }
    expect(Array.from(plain.param('W1').value)).toEqual(Array.from(draw.weights[0]));
  });

  it('the plain twin keeps the drawn hidden biases; the BN twin drops them for γ = 1, β = 0', () => {
    expect(Array.from(plain.param('b1').value)).toEqual(Array.from(draw.biases[0]));
    expect(bn.params().map((p) => p.name)).toEqual(['W1', 'gamma1', 'beta1', 'W2', 'gamma2', 'beta2', 'W3', 'b3']);
    for (const h of bn.hidden) {
      expect(h.dense.b).toBeNull();
      expect(h.batchNorm!.gamma.value.every((v) => v === 1)).toBe(true);
      expect(h.batchNorm!.beta.value.every((v) => v === 0)).toBe(true);
    }
  });

  it('a float32 twin holds the float64 draw rounded to float32', () => {
    const f32 = createMlp({ ...spec, norm: 'none', precision: 'f32' }, draw);
    expect(f32.param('W2').value).toBeInstanceOf(Float32Array);
    expect(Array.from(f32.param('W2').value)).toEqual(Array.from(draw.weights[1], Math.fround));
  });

  it('createMlp rejects weights drawn for other sizes', () => {
    expect(() => createMlp({ ...spec, hidden: [7, 4], norm: 'none' }, draw)).toThrow(
      'expected weights for sizes 6-7-4-3, got 6-5-4-3',
    );
  });
});
