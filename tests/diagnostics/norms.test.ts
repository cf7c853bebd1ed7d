import { describe, expect, it } from 'vitest';
import { l2Norm, summary } from '../../src/diagnostics/norms.ts';

describe('l2Norm', () => {
  it('‖(3, 4)‖ = 5, ‖(1, 2, 2)‖ = 3, ‖()‖ = 0', () => {
    expect(l2Norm([3, 4])).toBe(5);
    expect(l2Norm(Float32Array.from([1, -2, 2]))).toBe(3);
    expect(l2Norm([])).toBe(0);
  });
});

describe('summary', () => {
  it('of (1, −2, 4) is mean 1, min −2, max 4', () => {
    expect(summary(Float32Array.from([1, -2, 4]))).toEqual({ mean: 1, min: -2, max: 4 });
  });

  it('is NaN for no values and propagates NaN', () => {
    expect(summary([])).toEqual({ mean: Number.NaN, min: Number.NaN, max: Number.NaN });
    expect(summary([1, Number.NaN])).toEqual({ mean: Number.NaN, min: Number.NaN, max: Number.NaN });
  });
});
