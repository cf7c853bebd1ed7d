import { describe, expect, it } from 'vitest';
import { percentileOfSorted, unitPercentiles } from '../../src/diagnostics/percentiles.ts';
import { mulberry32 } from '../../src/engine/rng.ts';

describe('percentileOfSorted (numpy linear: h = (n − 1)·q/100)', () => {
  it('[1, 2, 3, 4] gives p15 = 1.45, p50 = 2.5, p85 = 3.55', () => {
    expect([15, 50, 85].map((q) => percentileOfSorted([1, 2, 3, 4], 4, q))).toEqual([1.45, 2.5, 3.55]);
  });

  it('[1 … 5] gives p15 = 1.6, p50 = 3, p85 = 4.4, p0 = 1, p100 = 5', () => {
    expect([15, 50, 85, 0, 100].map((q) => percentileOfSorted([1, 2, 3, 4, 5], 5, q))).toEqual([1.6, 3, 4.4, 1, 5]);
  });

  it('a single value is every percentile; no values give NaN', () => {
    expect([15, 50, 85].map((q) => percentileOfSorted([5], 1, q))).toEqual([5, 5, 5]);
    expect(percentileOfSorted([], 0, 50)).toBeNaN();
  });

  it('matches numpy to the last bit where a + (b − a)γ and b − (b − a)(1 − γ) differ', () => {
    // np.percentile([-3, 0, 1, 9], [15, 50, 85]) → -1.6500000000000001, 0.5, 5.399999999999999
    const p = [15, 50, 85].map((q) => percentileOfSorted([-3, 0, 1, 9], 4, q));
    expect(p).toEqual([-1.6500000000000001, 0.5, 5.399999999999999]);
    // np.percentile([0.1, 0.2, 0.7], 85) → 0.5499999999999999
    expect(percentileOfSorted([0.1, 0.2, 0.7], 3, 85)).toBe(0.5499999999999999);
  });
});

describe('unitPercentiles', () => {
  it('a 4×3 matrix gives the percentiles of each column', () => {
    // columns: [4, 1, 3, 2], [10, 10, 10, 10], [−3, 0, 9, 1]
    const values = Float64Array.from([4, 10, -3, 1, 10, 0, 3, 10, 9, 2, 10, 1]);
    const { p15, p50, p85 } = unitPercentiles(values, 4, 3);
    expect(Array.from(p15)).toEqual([1.45, 10, -1.6500000000000001]);
    expect(Array.from(p50)).toEqual([2.5, 10, 0.5]);
    expect(Array.from(p85)).toEqual([3.55, 10, 5.399999999999999]);
  });

  it('matches np.percentile(m, [15, 50, 85], axis=0) on a 7×3 matrix', () => {
    const m = [
      [0.126, -0.132, 0.64],
      [0.105, -0.536, 0.362],
      [1.304, 0.947, -0.704],
      [-1.265, -0.623, 0.041],
      [-2.325, -0.219, -1.246],
      [-0.732, -0.544, -0.316],
      [0.412, 1.043, -0.129],
    ];
    const { p15, p50, p85 } = unitPercentiles(m.flat(), 7, 3);
    expect(Array.from(p15)).toEqual([-1.371, -0.5519000000000001, -0.7582]);
    expect(Array.from(p50)).toEqual([0.105, -0.219, -0.129]);
    expect(Array.from(p85)).toEqual([0.5011999999999996, 0.9565999999999999, 0.38979999999999987]);
  });

  it('gives NaN for a unit with a NaN (as numpy) and leaves the input unchanged', () => {
    const values = Float32Array.from([3, Number.NaN, 1, 2, 2, 0]);
    const before = Array.from(values);
    const { p50 } = unitPercentiles(values, 3, 2);
    expect(p50[0]).toBe(2);
    expect(p50[1]).toBeNaN();
    expect(Array.from(values)).toEqual(before);
  });

  it('rejects a matrix smaller than rows × units', () => {
    expect(() => unitPercentiles([1, 2, 3], 2, 2)).toThrow(/at least 2×2 values, got 3/);
  });
});

describe('unitPercentiles by selection', () => {
  it('equals sorting each column and reading numpy’s percentiles, with ties, duplicates and every small size', () => {
    const rng = mulberry32(7);
    for (const rows of [1, 2, 3, 4, 5, 7, 8, 20, 101, 2000]) {
      const units = 3;
      // a coarse grid of values makes many ties
      const values = Float64Array.from({ length: rows * units }, () => Math.round(rng.uniform() * 12) / 4 - 1);
      const got = unitPercentiles(values, rows, units);
      for (let u = 0; u < units; u++) {
        const column = Float64Array.from({ length: rows }, (_, r) => values[r * units + u]).sort();
        expect(got.p15[u]).toBe(percentileOfSorted(column, rows, 15));
        expect(got.p50[u]).toBe(percentileOfSorted(column, rows, 50));
        expect(got.p85[u]).toBe(percentileOfSorted(column, rows, 85));
      }
    }
  });

  it('equals the sort on columns whose range is not finite or is one value (no buckets then)', () => {
    const columns = [
      [-Infinity, 0, 1, 2, Infinity],
      [-1e308, 1e308, 0, 5, -3],
      [3, 3, 3, 3],
      [Infinity, Infinity, 1],
      [-0, 0, -0, 0, 1],
    ];
    for (const column of columns) {
      const got = unitPercentiles(Float64Array.from(column), column.length, 1);
      const sorted = Float64Array.from(column).sort();
      expect([got.p15[0], got.p50[0], got.p85[0]]).toEqual(
        [15, 50, 85].map((q) => percentileOfSorted(sorted, column.length, q)),
      );
    }
  });

  it('gives NaN for every unit of an empty matrix, as numpy', () => {
    const got = unitPercentiles([], 0, 2);
    expect([...got.p15, ...got.p50, ...got.p85]).toEqual([NaN, NaN, NaN, NaN, NaN, NaN]);
  });
});
