import fc from 'fast-check';
import { describe, it } from 'vitest';
import { histogram, NONLINEARITY_EDGES } from '../../src/diagnostics/histogram.ts';
import { unitPercentiles } from '../../src/diagnostics/percentiles.ts';

const value = fc.oneof(fc.double(), fc.double({ min: -10, max: 10, noNaN: true }));

describe('diagnostics properties', () => {
  it('a histogram counts every non-NaN value exactly once, and reads without writing', () => {
    fc.assert(
      fc.property(fc.array(value), (values) => {
        const input = Float64Array.from(values);
        const { counts } = histogram(input, input.length, NONLINEARITY_EDGES);
        const total = counts.reduce((a, b) => a + b, 0);
        const unchanged = input.every((v, i) => Object.is(v, values[i]));
        return unchanged && total === values.filter((v) => !Number.isNaN(v)).length;
      }),
    );
  });

  it('per-unit p15 ≤ p50 ≤ p85, each within the column range', () => {
    const matrix = fc
      .integer({ min: 1, max: 6 })
      .chain((units) =>
        fc.tuple(
          fc.constant(units),
          fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: units, maxLength: units * 9 }),
        ),
      );
    fc.assert(
      fc.property(matrix, ([units, flat]) => {
        const rows = Math.floor(flat.length / units);
        const { p15, p50, p85 } = unitPercentiles(flat, rows, units);
        for (let u = 0; u < units; u++) {
          const column = Array.from({ length: rows }, (_, r) => flat[r * units + u]);
          const [lo, hi] = [Math.min(...column), Math.max(...column)];
          if (!(lo <= p15[u] && p15[u] <= p50[u] && p50[u] <= p85[u] && p85[u] <= hi)) return false;
        }
        return true;
      }),
    );
  });
});
