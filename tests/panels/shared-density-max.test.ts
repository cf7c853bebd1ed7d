import { describe, expect, it } from 'vitest';
import { maxDensity } from '../../src/charts/histogram-density.ts';
import { sharedDensityMax } from '../../src/panels/shared-density-max.ts';
import type { Histogram } from '../../src/protocol/history.ts';

const edges = Float64Array.from({ length: 65 }, (_, i) => -8 + i * 0.25);
function histogram(fill: (bin: number) => number): Histogram {
  return { edges, counts: Uint32Array.from({ length: 64 }, (_, b) => fill(b)) };
}

describe('the shared ridge height', () => {
  it('is the median peak of both sides, so a step-0 spike does not flatten every later ridge', () => {
    const spike = histogram((b) => (b === 32 ? 1000 : 0));
    const broad = (width: number) => histogram((b) => (Math.abs(b - 32) < width ? 10 : 0));
    const plain = [spike, broad(8), broad(8)].map((h, i) => ({ step: i * 100, histogram: h }));
    const bn = [spike, broad(16), broad(16)].map((h, i) => ({ step: i * 100, histogram: h }));
    const shared = sharedDensityMax([plain, bn]);
    expect(shared).toBe(maxDensity([broad(8)]));
    expect(shared).toBeLessThan(maxDensity([spike]) / 5);
  });

  it('is 0 when there is nothing to draw', () => {
    expect(sharedDensityMax([[], []])).toBe(0);
  });
});
