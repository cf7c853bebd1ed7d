/** The loss and gradient of a net on one training batch, as a training step computes them, for the measurements. */

import type { Floats } from '../engine/floats.ts';
import type { Mlp } from '../engine/mlp.ts';
import type { Slices } from '../engine/slices.ts';

/** A training mini-batch: rows × inputSize inputs (the buffer may be longer) and their labels. */
export interface TrainBatch {
  readonly x: Floats;
  readonly y: Uint8Array;
  readonly rows: number;
}

/**
 * L(W) on the batch, with ∇_p L in every p.grad: training mode (batch statistics, noisy-bn's noise from its stream;
 * the running statistics move, so a caller that must leave them alone takes a NetSnapshot first).
 */
export function* lossAndGradient(mlp: Mlp, batch: TrainBatch): Slices<number> {
  // forward → loss → backward, no update
  yield* mlp.forwardSlices(batch.x, batch.rows, 'train');
  const loss = mlp.loss(batch.y, batch.rows);
  yield* mlp.backwardSlices();
  return loss;
}

/** Every parameter's gradient in float64, in mlp.params() order. */
export function gradientCopies(mlp: Mlp): Float64Array[] {
  return mlp.params().map((p) => Float64Array.from(p.grad));
}

/** ‖a − b‖₂² of two equally long vectors, summed in float64. */
export function squaredDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] - b[i]) * (a[i] - b[i]);
  return sum;
}
