import { describe, expect, it } from 'vitest';
import { histogram, NONLINEARITY_EDGES, uniformEdges } from '../../src/diagnostics/histogram.ts';
import { mulberry32 } from '../../src/engine/rng.ts';

describe('uniformEdges', () => {
  it('splits [0, 4] into 4 bins at the integers', () => {
    expect(Array.from(uniformEdges(0, 4, 4))).toEqual([0, 1, 2, 3, 4]);
  });

  it('ends exactly on hi even when the step is inexact', () => {
    const edges = uniformEdges(0, 1, 3);
    expect(edges.length).toBe(4);
    expect(edges[3]).toBe(1);
  });

  it('gives the default nonlinearity edges: [−8, 8] in 64 bins of 0.25', () => {
    expect(NONLINEARITY_EDGES.length).toBe(65);
    expect([NONLINEARITY_EDGES[0], NONLINEARITY_EDGES[32], NONLINEARITY_EDGES[64]]).toEqual([-8, 0, 8]);
    expect(NONLINEARITY_EDGES[1] - NONLINEARITY_EDGES[0]).toBe(0.25);
  });

  it('rejects empty ranges and bad bin counts', () => {
    expect(() => uniformEdges(1, 1, 4)).toThrow(/finite lo < hi, got \[1, 1\]/);
    expect(() => uniformEdges(0, Number.NaN, 4)).toThrow(/lo < hi/);
    expect(() => uniformEdges(0, 1, 0)).toThrow(/bins ≥ 1, got 0/);
  });
});

describe('histogram', () => {
  const edges = uniformEdges(0, 4, 4);

  it('counts half-open bins, closes the last, and clamps beyond-range values into the end bins', () => {
    const values = [-5, 0, 0.5, 1, 2.999, 3, 4, 7, Infinity, -Infinity];
    // bin 0: −5, 0, 0.5, −∞ · bin 1: 1 · bin 2: 2.999 · bin 3: 3, 4, 7, +∞
    expect(Array.from(histogram(values, values.length, edges).counts)).toEqual([4, 1, 1, 4]);
  });

  it('does not count NaN', () => {
    const values = Float32Array.from([Number.NaN, 1.5, Number.NaN, -1]);
    const { counts } = histogram(values, 4, edges);
    expect(Array.from(counts)).toEqual([1, 1, 0, 0]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2);
  });

  it('reads only the first `count` values', () => {
    expect(Array.from(histogram([0.5, 1.5, 2.5, 3.5], 2, edges).counts)).toEqual([1, 1, 0, 0]);
    expect(Array.from(histogram([0.5], 0, edges).counts)).toEqual([0, 0, 0, 0]);
  });

  it('handles uneven edges [−1, 0, 10]', () => {
    const counts = histogram([-2, -0.5, 0, 5, 10, 11], 6, Float64Array.from([-1, 0, 10])).counts;
    expect(Array.from(counts)).toEqual([2, 4]);
  });

  it('puts every value of the default edges in the bin whose edges bracket it', () => {
    const values = Float32Array.from([-8, -7.75, -7.7, -0.25, -1e-9, 0, 0.2, 7.75, 7.99, 8]);
    const counts = histogram(values, values.length, NONLINEARITY_EDGES).counts;
    const expected = new Uint32Array(64);
    for (const bin of [0, 1, 1, 31, 31, 32, 32, 63, 63, 63]) expected[bin]++;
    expect(counts).toEqual(expected);
  });

  it('returns its own copy of the edges and leaves the input unchanged', () => {
    const values = Float32Array.from([1, 2, 3]);
    const result = histogram(values, 3, edges);
    expect(result.edges).not.toBe(edges);
    expect(Array.from(result.edges)).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(values)).toEqual([1, 2, 3]);
  });

  it('rejects bad edges and counts', () => {
    expect(() => histogram([1], 1, Float64Array.from([0]))).toThrow(/at least 2 edges, got 1/);
    expect(() => histogram([1], 1, Float64Array.from([0, 2, 2]))).toThrow(/increasing edges, got 2 then 2 at 2/);
    expect(() => histogram([1], 2, edges)).toThrow(/count in \[0, 1\], got 2/);
  });
});

describe('histogram bins', () => {
  it('match a linear scan over the edges, for uniform and uneven edges, values on and beyond the edges', () => {
    const rng = mulberry32(3);
    const uneven = Float64Array.from([-3, -2.9, -1, 0, 0.001, 2, 7]);
    for (const edges of [NONLINEARITY_EDGES, uneven]) {
      const values = [
        ...Array.from({ length: 5000 }, () => (rng.uniform() - 0.5) * 24),
        ...edges,
        -Infinity,
        Infinity,
        -0,
      ];
      const want = new Uint32Array(edges.length - 1);
      for (const v of values) {
        let bin = 0;
        for (let i = 1; i < edges.length - 1; i++) if (edges[i] <= v) bin = i;
        want[bin]++;
      }
      expect(histogram(values, values.length, edges).counts).toEqual(want);
    }
  });
});
