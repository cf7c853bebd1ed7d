import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fillGaussian,
  fillSymmetricUniform,
  gaussianSource,
  mulberry32,
  randomInt,
  shuffleInPlace,
  uniformIn,
} from '../../src/engine/rng.ts';
import { expectClose } from './compare.ts';
import { loadFixture } from './fixtures.ts';

interface PrngFixture {
  readonly mulberry32_seed1_first10_u32: number[];
  readonly mulberry32_seed1_first10_uniform: number[];
  readonly gaussians_seed1_first10: number[];
  readonly permutation_seed2_n10: number[];
  readonly batch_order_seed2_first3_steps: number[][];
}

const fx = loadFixture<PrngFixture>('prng_and_trajectory.json');

describe('mulberry32', () => {
  it('seeded 1 gives the fixture’s first ten u32 exactly', () => {
    const rng = mulberry32(1);
    expect(Array.from({ length: 10 }, () => rng.nextU32())).toEqual(fx.mulberry32_seed1_first10_u32);
  });

  it('seeded 1 gives the fixture’s first ten uniforms exactly (u = u32 / 2^32)', () => {
    const rng = mulberry32(1);
    expect(Array.from({ length: 10 }, () => rng.uniform())).toEqual(fx.mulberry32_seed1_first10_uniform);
  });

  it('matches the common JS one-liner over 10,000 draws', () => {
    let a = 12345;
    const oneLiner = (): number => {
      let t = (a += 0x6d2b79f5);
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return (t ^ (t >>> 14)) >>> 0;
    };
    const rng = mulberry32(12345);
    for (let i = 0; i < 10_000; i++) expect(rng.nextU32()).toBe(oneLiner());
  });
});

describe('Gaussians by Box–Muller', () => {
  it('seeded 1 give the fixture’s first ten normals to 1e-15', () => {
    const z = new Float64Array(10);
    fillGaussian(mulberry32(1), z);
    expectClose(z, fx.gaussians_seed1_first10, { rel: 1e-15, abs: 1e-15 }, 'z');
  });

  it('a fill of odd length drops its last z1: 3 values use 4 uniforms', () => {
    const rng = mulberry32(7);
    const three = new Float64Array(3);
    fillGaussian(rng, three);
    const four = new Float64Array(4);
    const reference = mulberry32(7);
    fillGaussian(reference, four);
    expect(Array.from(three)).toEqual(Array.from(four.subarray(0, 3)));
    expect(rng.nextU32()).toBe(reference.nextU32());
  });

  it('scale multiplies z: out = scale · z', () => {
    const z = new Float64Array(6);
    const scaled = new Float64Array(6);
    fillGaussian(mulberry32(3), z);
    fillGaussian(mulberry32(3), scaled, 0.01);
    z.forEach((v, i) => expect(scaled[i]).toBe(0.01 * v));
  });

  it('gaussianSource yields the same z0, z1, … sequence as fillGaussian', () => {
    const z = new Float64Array(9);
    fillGaussian(mulberry32(5), z);
    const next = gaussianSource(mulberry32(5));
    z.forEach((v) => expect(next()).toBe(v));
  });
});

describe('Fisher–Yates shuffle', () => {
  it('seeded 2 permutes [0 … 9] into the fixture’s permutation', () => {
    const a = Array.from({ length: 10 }, (_, i) => i);
    shuffleInPlace(mulberry32(2), a);
    expect(a).toEqual(fx.permutation_seed2_n10);
  });

  it('seeded 2 over the 8,000 train indices gives the fixture’s first three 60-sample batches', () => {
    const order = Int32Array.from({ length: 8000 }, (_, i) => i);
    shuffleInPlace(mulberry32(2), order);
    fx.batch_order_seed2_first3_steps.forEach((batch, s) =>
      expect(Array.from(order.subarray(60 * s, 60 * s + 60))).toEqual(batch),
    );
  });

  it('is a permutation for any length and seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer(), (n, seed) => {
        const a = Array.from({ length: n }, (_, i) => i);
        shuffleInPlace(mulberry32(seed), a);
        expect([...a].sort((p, q) => p - q)).toEqual(Array.from({ length: n }, (_, i) => i));
      }),
      { numRuns: 50 },
    );
  });
});

describe('uniform draws', () => {
  it('stay in their ranges: a·(2u − 1) in [−a, a), uniformIn in [low, high), randomInt in 0 … n − 1', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.double({ min: 0.001, max: 10, noNaN: true }),
        fc.integer({ min: 1, max: 1000 }),
        (seed, a, n) => {
          const rng = mulberry32(seed);
          const out = new Float64Array(20);
          fillSymmetricUniform(rng, out, a);
          out.forEach((v) => expect(v >= -a && v < a).toBe(true));
          const u = uniformIn(rng, -a, 2 * a);
          expect(u >= -a && u < 2 * a).toBe(true);
          const k = randomInt(rng, n);
          expect(Number.isInteger(k) && k >= 0 && k < n).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });
});
