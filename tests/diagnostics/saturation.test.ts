import { describe, expect, it } from 'vitest';
import { saturation } from '../../src/diagnostics/saturation.ts';

describe('saturation', () => {
  it('sigmoid: y < 0.05 or y > 0.95 is saturated, the thresholds themselves are not', () => {
    expect(saturation([0.01, 0.049, 0.05, 0.5, 0.95, 0.951, 0.99], 7, 'sigmoid').saturated).toBe(4 / 7);
  });

  it('sigmoid: the mean of y(1 − y) on binary fractions', () => {
    // 0 + ¼ + 0 + 3/16 = 7/16 over 4 values
    expect(saturation([0, 0.5, 1, 0.25], 4, 'sigmoid')).toEqual({ saturated: 0.5, meanDerivative: 7 / 64 });
  });

  it('tanh: |y| > 0.9 is saturated, |y| = 0.9 is not', () => {
    expect(saturation([-0.95, -0.9, 0, 0.9, 0.91], 5, 'tanh').saturated).toBe(2 / 5);
  });

  it('tanh: the mean of 1 − y² on binary fractions', () => {
    // y = −1, −15/16, 0, ½, 7/8, 1 → 0 + 31/256 + 1 + ¾ + 15/64 + 0 = 539/256
    const stats = saturation([-1, -0.9375, 0, 0.5, 0.875, 1], 6, 'tanh');
    expect(stats).toEqual({ saturated: 3 / 6, meanDerivative: 539 / 256 / 6 });
  });

  it('relu: y = 0 is saturated; the derivative is 1 where y > 0', () => {
    expect(saturation([0, 0, 0.1, 3], 4, 'relu')).toEqual({ saturated: 0.5, meanDerivative: 0.5 });
  });

  it('reads only the first `count` values and leaves them unchanged', () => {
    const y = Float32Array.from([0.5, 0.5, 0.01, 0.01]);
    expect(saturation(y, 2, 'sigmoid')).toEqual({ saturated: 0, meanDerivative: 0.25 });
    expect(Array.from(y)).toEqual(Array.from(Float32Array.from([0.5, 0.5, 0.01, 0.01])));
  });

  it('gives NaN for no values; a NaN output makes the mean NaN', () => {
    const empty = saturation([], 0, 'tanh');
    expect(empty.saturated).toBeNaN();
    expect(empty.meanDerivative).toBeNaN();
    const withNaN = saturation([Number.NaN, 0.99], 2, 'sigmoid');
    expect(withNaN.saturated).toBe(0.5);
    expect(withNaN.meanDerivative).toBeNaN();
  });

  it('rejects a count beyond the array', () => {
    expect(() => saturation([0.5], 2, 'sigmoid')).toThrow(/count in \[0, 1\], got 2/);
  });
});
