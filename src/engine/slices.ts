/**
 * Work cut into slices: a generator that yields between pieces of at most a few tens of milliseconds, so that the
 * worker can answer a Pause in the middle of a huge step. Draining it runs the same arithmetic in one go, so a
 * sliced run and an unsliced one compute the same bits.
 */

export type Slices<T> = Generator<void, T, void>;

/** Runs every slice; returns the result. */
export function drain<T>(slices: Slices<T>): T {
  let result = slices.next();
  while (!result.done) result = slices.next();
  return result.value;
}

/**
 * About this many multiply-adds per slice of a matrix product: ~0.2 s of the TypeScript kernels on one core. Smaller
 * slices would cut products of the paper's network too, and a slice costs a subarray view, an allocation the
 * training step otherwise avoids.
 */
export const SLICE_MULTIPLY_ADDS = 2 ** 28;

/** Rows per slice of a product costing `perRow` multiply-adds a row; every row at once when that is cheap. */
export function rowsPerSlice(rows: number, perRow: number, budget: number): number {
  return Math.max(1, Math.min(rows, Math.floor(budget / Math.max(1, perRow))));
}
