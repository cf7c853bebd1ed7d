/** Stochastic gradient descent over a parameter list, with optional momentum (PyTorch's convention). */

import { precisionOf, type Floats } from './floats.ts';
import { tsKernels, type Kernels } from './kernels.ts';
import type { Param } from './param.ts';

export interface SgdOptions {
  /** μ in v ← μ·v + g, p ← p − lr·v; 0 (the default) is plain SGD, p ← p − lr·g */
  readonly momentum?: number;
  /** the kernels the parameters live in (Mlp.kernels); default the TypeScript ones */
  readonly kernels?: Kernels;
}

export class Sgd {
  readonly momentum: number;
  private readonly kernels: Kernels;
  /** v per parameter, preallocated (null when momentum = 0) */
  private readonly velocity: readonly ((() => Floats) | null)[];
  private readonly scratch = new Float64Array(3);

  constructor(
    readonly params: readonly Param[],
    options: SgdOptions = {},
  ) {
    this.momentum = options.momentum ?? 0;
    const kernels = options.kernels ?? tsKernels;
    this.kernels = kernels;
    this.velocity = params.map((p) =>
      this.momentum === 0 ? null : kernels.allocate(precisionOf(p.value), p.value.length),
    );
  }

  /**
   * One update with learning rate lr (may change between steps). When given, norms[3i … 3i+2] = ‖∂L/∂p_i‖²,
   * ‖Δp_i‖² of this update and ‖p_i‖² after it, for gradient norms, update-to-weight ratios and divergence checks.
   */
  step(lr: number, norms?: Float64Array): void {
    for (let i = 0; i < this.params.length; i++) {
      const p = this.params[i];
      this.kernels.sgdStep(p.value, p.grad, this.velocity[i]?.() ?? null, lr, this.momentum, this.scratch);
      if (norms !== undefined) norms.set(this.scratch, 3 * i);
    }
  }

  /** The step the next update would take for parameter i from the grads now, lr·(μ·v + g), into out; changes nothing. */
  nextStep(i: number, lr: number, out: Float64Array): void {
    const { grad } = this.params[i];
    const v = this.velocity[i]?.() ?? null;
    for (let j = 0; j < grad.length; j++) out[j] = lr * (v === null ? grad[j] : this.momentum * v[j] + grad[j]);
  }

  /** Zero the velocities (a restart). */
  reset(): void {
    for (const v of this.velocity) v?.().fill(0);
  }
}
