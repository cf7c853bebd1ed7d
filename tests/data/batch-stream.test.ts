import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/prng_and_trajectory.json' with { type: 'json' };
import { BatchStream, gatherBatch } from '../../src/data/batch-stream.ts';
import type { Split } from '../../src/data/dataset.ts';
import { mulberry32 } from '../../src/engine/rng.ts';

describe('BatchStream', () => {
  it('gives the fixture batch indices of steps 0–2 for seed 2, n = 8000, batch 60', () => {
    const stream = new BatchStream(mulberry32(2), 8000, 60);
    const out = new Int32Array(60);
    for (const expected of fixture.batch_order_seed2_first3_steps) {
      stream.next(out);
      expect(Array.from(out)).toEqual(expected);
    }
    expect(stream.steps).toBe(3);
  });

  it('one epoch of n = 10 with seed 2 is the fixture permutation', () => {
    const stream = new BatchStream(mulberry32(2), 10, 10);
    const out = new Int32Array(10);
    stream.next(out);
    expect(Array.from(out)).toEqual(fixture.permutation_seed2_n10);
  });

  it('a batch straddling an epoch boundary ends epoch 1 and starts epoch 2, reshuffled from the identity', () => {
    const n = 10;
    const reference = epochs(mulberry32(7), n, 3);
    const stream = new BatchStream(mulberry32(7), n, 4);
    const out = new Int32Array(4);
    const seen: number[] = [];
    for (let step = 0; step < 7; step++) {
      stream.next(out);
      seen.push(...out);
    }
    expect(seen).toEqual(reference.slice(0, 28));
    // the third batch is positions 8–11: the last two of epoch 1, the first two of epoch 2
    expect(seen.slice(8, 12)).toEqual([...reference.slice(8, 10), ...reference.slice(10, 12)]);
    expect([...reference.slice(10, 20)].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('a batch larger than n spans several epochs', () => {
    const stream = new BatchStream(mulberry32(3), 3, 7);
    const out = new Int32Array(7);
    stream.next(out);
    expect(Array.from(out)).toEqual(epochs(mulberry32(3), 3, 3).slice(0, 7));
  });

  it('every run of n stream positions from an epoch start is a permutation of [0 … n−1]', () => {
    const size = (max: number) => fc.integer({ min: 1, max });
    const args = fc.record({ seed: fc.nat(), n: size(40), batch: size(50) });
    fc.assert(
      fc.property(args, ({ seed, n, batch }) => {
        const stream = new BatchStream(mulberry32(seed), n, batch);
        const out = new Int32Array(batch);
        const seen: number[] = [];
        while (seen.length < 3 * n) {
          stream.next(out);
          seen.push(...out);
        }
        const identity = Array.from({ length: n }, (_, i) => i);
        for (let e = 0; e < 3; e++) expect(seen.slice(e * n, (e + 1) * n).sort((x, y) => x - y)).toEqual(identity);
      }),
    );
  });

  it('rejects bad sizes and a wrong-length index buffer', () => {
    expect(() => new BatchStream(mulberry32(1), 0, 60)).toThrow(/n ≥ 1/);
    expect(() => new BatchStream(mulberry32(1), 10, 0)).toThrow(/batch size ≥ 1/);
    expect(() => new BatchStream(mulberry32(1), 10, 4).next(new Int32Array(5))).toThrow(/index buffer of 4, got 5/);
  });
});

describe('gatherBatch', () => {
  const split: Split = {
    x: Float32Array.from({ length: 5 * 3 }, (_, i) => i),
    y: Uint8Array.from([10, 11, 12, 13, 14]),
    rows: 5,
  };

  it('copies rows 4, 0, 4 of a 5×3 split into 3×3 buffers', () => {
    const outX = new Float32Array(9);
    const outY = new Uint8Array(3);
    gatherBatch(split, Int32Array.from([4, 0, 4]), outX, outY);
    expect(Array.from(outX)).toEqual([12, 13, 14, 0, 1, 2, 12, 13, 14]);
    expect(Array.from(outY)).toEqual([14, 10, 14]);
  });

  it('fills float64 inputs and Int32Array labels too', () => {
    const outX = new Float64Array(6);
    const outY = new Int32Array(2);
    gatherBatch(split, Int32Array.from([1, 2]), outX, outY);
    expect(Array.from(outX)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(Array.from(outY)).toEqual([11, 12]);
  });

  it('rejects mis-sized buffers and out-of-range indices', () => {
    expect(() => gatherBatch(split, Int32Array.from([0, 1]), new Float32Array(5), new Uint8Array(2))).toThrow(
      /expected buffers of 2×3 and 2, got 5 and 2/,
    );
    expect(() => gatherBatch(split, Int32Array.from([5]), new Float32Array(3), new Uint8Array(1))).toThrow(
      /index 5 outside \[0, 5\)/,
    );
  });
});

/** The README's batch order written out naively: `count` epochs, each shuffled from the identity. */
function epochs(rng: { uniform(): number }, n: number, count: number): number[] {
  const all: number[] = [];
  for (let e = 0; e < count; e++) {
    const a = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i >= 1; i--) {
      const j = Math.floor(rng.uniform() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    all.push(...a);
  }
  return all;
}
