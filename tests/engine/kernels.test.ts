import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Floats } from '../../src/engine/floats.ts';
import { createTsKernels } from '../../src/engine/kernels.ts';
import { fillGaussian, mulberry32 } from '../../src/engine/rng.ts';

const kernels = createTsKernels();

/** A rows × cols matrix in `extra` more slots than needed, with about `zeros` of its entries 0. */
function matrix(rows: number, cols: number, seed: number, zeros: number, f64: boolean, extra = 3): Floats {
  const a = f64 ? new Float64Array(rows * cols + extra) : new Float32Array(rows * cols + extra);
  const rng = mulberry32(seed);
  fillGaussian(rng, a);
  for (let i = 0; i < a.length; i++) if (rng.uniform() < zeros) a[i] = 0;
  return a;
}

/** Σ over p of at(i, p)·bt(p, j), in float64, the textbook triple loop. */
function naive(
  m: number,
  k: number,
  n: number,
  at: (i: number, p: number) => number,
  bt: (p: number, j: number) => number,
): Float64Array {
  const out = new Float64Array(m * n);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) for (let p = 0; p < k; p++) out[i * n + j] += at(i, p) * bt(p, j);
  return out;
}

function expectNear(actual: Floats, expected: Float64Array, f64: boolean): void {
  const tol = f64 ? 1e-12 : 1e-6;
  expected.forEach((v, i) => expect(Math.abs(actual[i] - v)).toBeLessThanOrEqual(tol * (1 + Math.abs(v))));
}

const shapes = fc.record({
  m: fc.integer({ min: 1, max: 9 }),
  k: fc.integer({ min: 1, max: 13 }),
  n: fc.integer({ min: 1, max: 11 }),
  seed: fc.integer(),
  zeros: fc.constantFrom(0, 0.5, 0.9),
  f64: fc.boolean(),
});

describe('TypeScript kernels agree with the textbook triple loop on any shape, sparsity and precision', () => {
  it('matmulTransB: out[m×n] = a[m×k] · b[n×k]ᵀ + bias', () => {
    fc.assert(
      fc.property(shapes, fc.boolean(), ({ m, k, n, seed, zeros, f64 }, withBias) => {
        const a = matrix(m, k, seed, zeros, f64);
        const b = matrix(n, k, seed + 1, 0, f64);
        const bias = withBias ? matrix(1, n, seed + 2, 0, f64) : null;
        const out = f64 ? new Float64Array(m * n) : new Float32Array(m * n);
        kernels.matmulTransB(a, b, out, m, k, n, bias);
        const want = naive(
          m,
          k,
          n,
          (i, p) => a[i * k + p],
          (p, j) => b[j * k + p],
        );
        if (bias !== null) want.forEach((_, i) => (want[i] += bias[i % n]));
        expectNear(out, want, f64);
      }),
      { numRuns: 60 },
    );
  });

  it('matmulTransA: out[k×n] = a[m×k]ᵀ · b[m×n]', () => {
    fc.assert(
      fc.property(shapes, ({ m, k, n, seed, zeros, f64 }) => {
        const a = matrix(m, k, seed, 0, f64);
        const b = matrix(m, n, seed + 1, zeros, f64);
        const out = f64 ? new Float64Array(k * n) : new Float32Array(k * n);
        kernels.matmulTransA(a, b, out, m, k, n);
        expectNear(
          out,
          naive(
            k,
            m,
            n,
            (p, r) => a[r * k + p],
            (r, q) => b[r * n + q],
          ),
          f64,
        );
      }),
      { numRuns: 60 },
    );
  });

  it('matmul: out[m×n] = a[m×k] · b[k×n]', () => {
    fc.assert(
      fc.property(shapes, ({ m, k, n, seed, zeros, f64 }) => {
        const a = matrix(m, k, seed, zeros, f64);
        const b = matrix(k, n, seed + 1, 0, f64);
        const out = f64 ? new Float64Array(m * n) : new Float32Array(m * n);
        kernels.matmul(a, b, out, m, k, n);
        expectNear(
          out,
          naive(
            m,
            k,
            n,
            (i, p) => a[i * k + p],
            (p, j) => b[p * n + j],
          ),
          f64,
        );
      }),
      { numRuns: 60 },
    );
  });

  it('matmulTransB on a 2×3 by hand: [[1,0,2],[0,0,3]] · [[1,1,1],[2,0,1]]ᵀ + [10, 20]', () => {
    const out = new Float64Array(4);
    kernels.matmulTransB(
      Float64Array.of(1, 0, 2, 0, 0, 3),
      Float64Array.of(1, 1, 1, 2, 0, 1),
      out,
      2,
      3,
      2,
      Float64Array.of(10, 20),
    );
    expect(Array.from(out)).toEqual([13, 24, 13, 23]);
  });
});
