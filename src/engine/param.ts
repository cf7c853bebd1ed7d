/** Learned parameters, each paired with its gradient by name. */

import type { Floats, Precision } from './floats.ts';
import { tsKernels, type Kernels } from './kernels.ts';

/** What a parameter is within its layer: W, b, γ or β. */
export type ParamRole = 'W' | 'b' | 'gamma' | 'beta';

/** A parameter learned by backprop and its gradient dL/d(value), the same shape; W is a matrix, the rest vectors. */
export interface Param {
  /** canonical name, role + layer number: W1, b1, gamma1, beta1, … (the fixtures' param_order) */
  readonly name: string;
  readonly role: ParamRole;
  /** 1-based layer number */
  readonly layer: number;
  readonly value: Floats;
  /** dL/d value, overwritten (not accumulated) by every backward */
  readonly grad: Floats;
  /** W: out × in; a vector: 1 × length */
  readonly rows: number;
  readonly cols: number;
}

/** A zero parameter of rows × cols (vectors: rows = 1), stored where `kernels` work on it in place (default the TypeScript ones). */
export function createParam(
  role: ParamRole,
  layer: number,
  rows: number,
  cols: number,
  precision: Precision,
  kernels: Kernels = tsKernels,
): Param {
  const value = kernels.allocate(precision, rows * cols);
  const grad = kernels.allocate(precision, rows * cols);
  return {
    name: `${role}${layer}`,
    role,
    layer,
    get value() {
      return value();
    },
    get grad() {
      return grad();
    },
    rows,
    cols,
  };
}

/** W is stored as a matrix, everything else as a vector. */
export function isMatrix(p: Param): boolean {
  return p.role === 'W';
}
