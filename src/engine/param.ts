/** Learned parameters, each paired with its gradient by name. */

import { allocFloats, type Floats, type Precision } from './floats.ts';

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

/** A zero parameter of rows × cols (vectors: rows = 1). */
export function createParam(role: ParamRole, layer: number, rows: number, cols: number, precision: Precision): Param {
  return {
    name: `${role}${layer}`,
    role,
    layer,
    value: allocFloats(precision, rows * cols),
    grad: allocFloats(precision, rows * cols),
    rows,
    cols,
  };
}

/** W is stored as a matrix, everything else as a vector. */
export function isMatrix(p: Param): boolean {
  return p.role === 'W';
}
