// tests run with environment jsdom and setup tests/setup-dom.ts already configured for the 'dom' project
import type { Histogram } from '../../src/protocol/history.ts';

/** 16 bins of width 1 over [−8, 8]. */
const EDGES = Float64Array.from({ length: 17 }, (_, i) => i - 8);

export function histogram(counts: readonly number[], edges: Float64Array = EDGES): Histogram {
  return { edges, counts: Uint32Array.from(counts) };
}

/** A bump of `total` samples around bin `center` (0…15). */
export function bump(center: number, total = 100): Histogram {
  const weights = Array.from({ length: 16 }, (_, i) => Math.max(0, 3 - Math.abs(i - center)));
  const sum = weights.reduce((a, b) => a + b, 0);
  return histogram(weights.map((w) => Math.round((w / sum) * total)));
}
