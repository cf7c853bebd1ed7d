/** Stochastic gradient descent over a parameter list, with optional momentum (PyTorch's convention). */

import { allocFloats, precisionOf, type Floats } from './floats.ts';
import type { Param } from './param.ts';

export interface SgdOptions {
  /** μ in v ← μ·v + g, p ← p − lr·v; 0 (the default) is plain SGD, p ← p − lr·g */
  readonly momentum?: number;
}

export class Sgd {
  readonly momentum: number;
  /** v per parameter, preallocated (unused when momentum = 0) */
  private readonly velocity: readonly Floats[];

  constructor(
    readonly params: readonly Param[],
    options: SgdOptions = {},
  ) {
    this.momentum = options.momentum ?? 0;
    this.velocity = params.map((p) => allocFloats(precisionOf(p.value), this.momentum === 0 ? 0 : p.value.length));
  }

  /**
   * One update with learning rate lr (may change between steps).
   * When given, updateNormsSq[i] = ‖Δp_i‖² of this update, for update-to-weight ratios.
   */
  step(lr: number, updateNormsSq?: Float64Array): void {
    for (let i = 0; i < this.params.length; i++) {
      const norm = this.momentum === 0 ? plainUpdate(this.params[i], lr) : this.momentumUpdate(i, lr);
      if (updateNormsSq !== undefined) updateNormsSq[i] = norm;
    }
  }

  /** v ← μ·v + g, p ← p − lr·v; returns ‖lr·v‖². */
  private momentumUpdate(i: number, lr: number): number {
    const { value, grad } = this.params[i];
    const v = this.velocity[i];
    const mu = this.momentum;
    let sq = 0;
    for (let j = 0; j < value.length; j++) {
      v[j] = mu * v[j] + grad[j];
      const delta = lr * v[j];
      value[j] -= delta;
      sq += delta * delta;
    }
    return sq;
  }

  /** Zero the velocities (a restart). */
  reset(): void {
    for (const v of this.velocity) v.fill(0);
  }
}

/** p ← p − lr·g; returns ‖lr·g‖². */
function plainUpdate(p: Param, lr: number): number {
  const { value, grad } = p;
  let sq = 0;
  for (let j = 0; j < value.length; j++) {
    const delta = lr * grad[j];
    value[j] -= delta;
    sq += delta * delta;
  }
  return sq;
}
