/**
 * The fixed probe set. Test sets may be ordered by class (MNIST's is digit-major), so the probe set takes
 * the test samples in an interleaved order — one from each tenth of the test set in turn — and any prefix
 * of it, such as the first `probeSize` samples or the digit strip, spans every class.
 */

import type { Split } from '../data/dataset.ts';

const STRANDS = 10;

/** A permutation of 0 … rows−1: strand by strand, position j of every tenth, then j+1, … */
export function interleavedOrder(rows: number, strands = STRANDS): Int32Array {
  const length = Math.ceil(rows / strands);
  const order = new Int32Array(rows);
  let k = 0;
  for (let j = 0; j < length; j++) {
    for (let s = 0; s < strands; s++) {
      const index = s * length + j;
      if (index < rows) order[k++] = index;
    }
  }
  return order;
}

/** The first `size` test samples (0 = all) in interleaved order, copied into a split of their own. */
export function probeSet(test: Split, inputSize: number, size: number): { split: Split; indices: Int32Array } {
  const rows = size === 0 ? test.rows : Math.min(size, test.rows);
  const indices = interleavedOrder(test.rows).slice(0, rows);
  const x = new Float32Array(rows * inputSize);
  const y = new Uint8Array(rows);
  indices.forEach((from, to) => {
    x.set(test.x.subarray(from * inputSize, (from + 1) * inputSize), to * inputSize);
    y[to] = test.y[from];
  });
  return { split: { x, y, rows }, indices };
}
