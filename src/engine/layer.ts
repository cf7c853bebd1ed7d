/** The interface every layer shares: forward fills the layer's cache, backward reads it. */

import type { Floats } from './floats.ts';
import type { Param } from './param.ts';

/**
 * How a forward pass treats batch-norm statistics (layers without statistics ignore it).
 * - `train`: the batch's own mean and biased variance, and the running averages are updated;
 * - `eval`: the running averages;
 * - `accumulate`: batch statistics, also summed for the population estimate (no running update);
 * - `population`: the population estimate of Algorithm 2;
 * - `batch`: the batch's own statistics, no update (score a probe set with its own statistics).
 */
export type ForwardMode = 'train' | 'eval' | 'accumulate' | 'population' | 'batch';

export interface Layer {
  readonly inSize: number;
  readonly outSize: number;
  /** learned parameters with their gradients (empty for a nonlinearity) */
  readonly params: readonly Param[];
  /** rows of the last forward */
  readonly rows: number;
  /** y of the last forward, rows × outSize row-major (the buffer may be longer) */
  readonly y: Floats;
  /** y = f(x) for `rows` rows of x (rows × inSize); x must stay unchanged until backward. Returns y. */
  forward(x: Floats, rows: number, mode: ForwardMode): Floats;
  /**
   * dL/dx (rows × inSize) from dL/dy (rows × outSize) for the rows of the last forward; overwrites the params' grads.
   * null only for a layer built without an input gradient (the first dense layer: its input is the data).
   */
  backward(dy: Floats): Floats | null;
}
