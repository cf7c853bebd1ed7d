import { describe, expect, it } from 'vitest';
import { interleavedOrder, probeSet } from '../../src/lab/probe-set.ts';
import { mnistOnce } from './run-helpers.ts';

describe('the probe set', () => {
  it('takes the test set in interleaved order: one from each tenth in turn, a permutation', () => {
    expect(Array.from(interleavedOrder(20))).toEqual([
      0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19,
    ]);
    const order = interleavedOrder(2003);
    expect(new Set(order).size).toBe(2003);
    expect(Math.max(...order)).toBe(2002);
  });

  it('gives every MNIST digit equally in any prefix of ten, so a 1,000-digit probe set is balanced', () => {
    const { split, indices } = probeSet(mnistOnce().test, 784, 1000);
    expect(Array.from(split.y.subarray(0, 10))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const counts = new Array(10).fill(0);
    for (const label of split.y) counts[label]++;
    expect(counts).toEqual(new Array(10).fill(100));
    expect(Array.from(split.x.subarray(784, 2 * 784))).toEqual(
      Array.from(mnistOnce().test.x.subarray(indices[1] * 784, (indices[1] + 1) * 784)),
    );
  });
});
