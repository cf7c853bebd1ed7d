import { describe, expect, it } from 'vitest';
import { createTsKernels, sigmoid, type Kernels } from '../../src/engine/kernels.ts';
import { mulberry32, fillGaussian } from '../../src/engine/rng.ts';
import { createWasmKernels } from '../../src/engine/wasm-kernels.ts';

function wasm(): Kernels {
  const kernels = createWasmKernels();
  if (kernels === null) throw new Error('this Node has no WebAssembly SIMD');
  return kernels;
}

/** Gaussian entries, with about `zeros` of them set to 0 (MNIST-like rows take the sparse path). */
function matrix(length: number, seed: number, zeros = 0): Float32Array {
  const a = new Float32Array(length);
  fillGaussian(mulberry32(seed), a);
  const rng = mulberry32(seed + 1000);
  for (let i = 0; i < length; i++) if (rng.uniform() < zeros) a[i] = 0;
  return a;
}

/** Shapes that hit every tile and every remainder: 4-row quads, 16/8/4/1 columns, sparse and dense rows. */
const SHAPES = [
  { m: 1, k: 1, n: 1 },
  { m: 7, k: 13, n: 19 },
  { m: 9, k: 8, n: 10 },
  { m: 12, k: 33, n: 36 },
  { m: 60, k: 784, n: 100 },
];

/**
 * float32 sums of k products each differ from float64 ones by at most about k·2⁻²⁴·Σ|aᵢbᵢ|; with the storage
 * rounding, 4·k·2⁻²⁴ of the absolute products is a safe bound for both the TypeScript and the WebAssembly results.
 */
function expectProduct(got: Float32Array, want: Float32Array, magnitude: Float64Array, k: number): void {
  for (let i = 0; i < want.length; i++)
    expect(Math.abs(got[i] - want[i]), `entry ${i}`).toBeLessThanOrEqual(4 * (k + 1) * 2 ** -24 * magnitude[i] + 1e-30);
}

/** Σ_p |a[i][p]|·|b[j][p]| (+ |bias[j]|): the scale of each entry of a·bᵀ. */
function magnitudes(a: Float32Array, b: Float32Array, m: number, k: number, n: number, bias?: Float32Array) {
  const out = new Float64Array(m * n);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      let s = bias ? Math.abs(bias[j]) : 0;
      for (let p = 0; p < k; p++) s += Math.abs(a[i * k + p] * b[j * k + p]);
      out[i * n + j] = s;
    }
  return out;
}

/** a transposed: rows × cols into cols × rows. */
function transposed(a: Float32Array, rows: number, cols: number): Float32Array {
  const t = new Float32Array(a.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) t[c * rows + r] = a[r * cols + c];
  return t;
}

describe('the WebAssembly SIMD kernels', () => {
  const ts = createTsKernels();

  describe.each(SHAPES)('agree with the TypeScript kernels on $m×$k·($k×$n)', ({ m, k, n }) => {
    const a = matrix(m * k, 1, 0.7);
    const b = matrix(n * k, 2);
    const bias = matrix(n, 3);

    it('y = a·bᵀ + bias (matmulTransB)', () => {
      const want = new Float32Array(m * n);
      const got = new Float32Array(m * n);
      ts.matmulTransB(a, b, want, m, k, n, bias);
      wasm().matmulTransB(a, b, got, m, k, n, bias);
      expectProduct(got, want, magnitudes(a, b, m, k, n, bias), k);
    });

    it('dW = dyᵀ·x (matmulTransA) and dx = dy·W (matmul)', () => {
      // aᵀ·b with a = dy (k×m here) and b = x (k×n): a product over the k rows
      const dy = matrix(k * m, 4);
      const want = new Float32Array(m * n);
      const got = new Float32Array(m * n);
      ts.matmulTransA(dy, transposed(b, n, k), want, k, m, n);
      wasm().matmulTransA(dy, transposed(b, n, k), got, k, m, n);
      expectProduct(got, want, magnitudes(transposed(dy, k, m), b, m, k, n), k);
      ts.matmul(a, transposed(b, n, k), want, m, k, n);
      wasm().matmul(a, transposed(b, n, k), got, m, k, n);
      expectProduct(got, want, magnitudes(a, b, m, k, n), k);
    });
  });

  it('give the same bits from two instances, and whether the operands live in their memory or are copied in', () => {
    const [m, k, n] = [60, 784, 100];
    const x = matrix(m * k, 5, 0.8);
    const w = matrix(n * k, 6);
    const first = wasm();
    const copied = new Float32Array(m * n);
    first.matmulTransB(x, w, copied, m, k, n);

    const second = wasm();
    const inMemory = second.allocate('f32', n * k);
    inMemory().set(w);
    const y = new Float32Array(m * n);
    second.matmulTransB(x, inMemory(), y, m, k, n);
    expect(y).toEqual(copied);

    // a product far larger than any before grows the memory, replacing the view: the getter gives the new one
    const big = matrix(2000 * k, 7, 0.8);
    second.matmulTransB(big, inMemory(), new Float32Array(2000 * n), 2000, k, n);
    expect(inMemory().length).toBe(n * k);
    second.matmulTransB(x, inMemory(), y, m, k, n);
    expect(y).toEqual(copied);
  });

  it('σ within 2 float32 ulps of the float64 sigmoid, and exact at the edges', () => {
    const xs = [0, -0, 1e-8, -1e-8, 0.5, -0.5, 1, -3, 5, -10, 15, -17, 20, 40, -40, 87, -87, 100, -100];
    for (let v = -30; v <= 30; v += 0.0371) xs.push(v);
    const x = Float32Array.from(xs);
    const y = new Float32Array(x.length);
    wasm().sigmoid(x, y, x.length);
    x.forEach((v, i) => {
      const want = sigmoid(v);
      expect(Math.abs(y[i] - want), `σ(${v})`).toBeLessThanOrEqual(2 * 2 ** -24 * Math.max(want, 2 ** -126) + 1e-38);
    });
    const edges = Float32Array.of(Infinity, -Infinity, NaN);
    const out = new Float32Array(3);
    wasm().sigmoid(edges, out, 3);
    expect(out[0]).toBe(1);
    expect(out[1]).toBeLessThan(1e-37);
    expect(out[2]).toBeNaN();
  });

  it('update the parameters with the very bits of the TypeScript SGD, with or without momentum', () => {
    for (const momentum of [0, 0.9]) {
      const n = 1003;
      const pTs = matrix(n, 8);
      const g = matrix(n, 9);
      const vTs = momentum > 0 ? matrix(n, 10) : null;
      const kernels = wasm();
      const p = kernels.allocate('f32', n);
      p().set(pTs);
      const v = momentum > 0 ? kernels.allocate('f32', n) : null;
      if (v && vTs) v().set(vTs);
      const normsTs = new Float64Array(3);
      const norms = new Float64Array(3);
      ts.sgdStep(pTs, g, vTs, 0.3, momentum, normsTs);
      kernels.sgdStep(p(), g, v?.() ?? null, 0.3, momentum, norms);
      expect(p()).toEqual(pTs);
      if (v && vTs) expect(v()).toEqual(vTs);
      // the norms sum in another order without momentum (two lanes)
      norms.forEach((s, i) => expect(Math.abs(s - normsTs[i])).toBeLessThanOrEqual(1e-12 * normsTs[i]));
    }
  });

  it('give the very bits of the TypeScript kernels for batch normalization and σ′ (both compute them in float64)', () => {
    const [m, u] = [60, 101];
    const x = matrix(m * u, 11);
    const gamma = matrix(u, 12);
    const beta = matrix(u, 13);
    const dy = matrix(m * u, 14);
    const results = [ts, wasm()].map((k) => {
      const mean = new Float64Array(u);
      const variance = new Float64Array(u);
      k.batchStats(x, m, u, mean, variance);
      const invStd = variance.map((v) => 1 / Math.sqrt(v + 1e-5));
      const xhat = new Float32Array(m * u);
      const y = new Float32Array(m * u);
      k.normalize(x, m, u, mean, invStd, gamma, beta, xhat, y);
      const sums = [new Float64Array(u), new Float64Array(u)];
      const dx = new Float32Array(m * u);
      const dxFixed = new Float32Array(m * u);
      k.normBackward(dy, xhat, m, u, gamma, invStd, true, sums[0], sums[1], dx);
      k.normBackward(dy, xhat, m, u, gamma, invStd, false, sums[0], sums[1], dxFixed);
      const dSigmoid = new Float32Array(m * u);
      k.sigmoidBackward(dy, y, dSigmoid, m * u);
      return { mean, variance, xhat, y, sums, dx, dxFixed, dSigmoid };
    });
    expect(results[1]).toEqual(results[0]);
  });

  it('refuse float64 storage', () => {
    expect(() => wasm().allocate('f64', 4)).toThrow(/float32 only/);
    expect(() => wasm().sigmoid(new Float64Array(4), new Float64Array(4), 4)).toThrow(/float32 only/);
  });
});
