/** Parameters and BN running statistics as JSON in the fixtures' layout: { "W1": [[…]…], "b1": […], … }. */

import type { BatchNorm } from './batch-norm.ts';
import type { Floats } from './floats.ts';
import { describeShape } from './shape-check.ts';
import { isMatrix, type Param } from './param.ts';

/** W as W[out][in] (nested rows), vectors flat; BN buffers as running_mean1, running_var1, … */
export type MlpJson = Record<string, number[] | number[][]>;

/** One stored array: where it lives, its shape (cols = 0 for a vector) and whether loading requires it. */
interface Entry {
  readonly name: string;
  readonly target: Floats;
  readonly rows: number;
  readonly cols: number;
  readonly required: boolean;
}

function entries(params: readonly Param[], batchNorms: readonly BatchNorm[]): Entry[] {
  const list: Entry[] = params.map((p) => ({
    name: p.name,
    target: p.value,
    rows: isMatrix(p) ? p.rows : p.cols,
    cols: isMatrix(p) ? p.cols : 0,
    required: true,
  }));
  for (const bn of batchNorms) {
    const layer = bn.gamma.layer;
    list.push({ name: `running_mean${layer}`, target: bn.runningMean, rows: bn.units, cols: 0, required: false });
    list.push({ name: `running_var${layer}`, target: bn.runningVar, rows: bn.units, cols: 0, required: false });
  }
  return list;
}

/** The parameters (and running statistics) as plain JSON numbers; exact for both precisions. */
export function toMlpJson(params: readonly Param[], batchNorms: readonly BatchNorm[]): MlpJson {
  const json: MlpJson = {};
  for (const e of entries(params, batchNorms)) {
    const flat = Array.from(e.target.subarray(0, e.rows * Math.max(1, e.cols)));
    json[e.name] =
      e.cols === 0 ? flat : Array.from({ length: e.rows }, (_, r) => flat.slice(r * e.cols, (r + 1) * e.cols));
  }
  return json;
}

/** "100×783", "99", or what the value is when it is not a (nested) number array. */
function shapeOf(value: unknown, matrix: boolean): string {
  if (!Array.isArray(value)) return typeof value;
  if (!matrix) return value.every((v) => typeof v === 'number') ? `${value.length}` : 'a non-numeric array';
  if (!Array.isArray(value[0])) return `a flat array of ${value.length}`;
  const cols = value[0].length;
  const ok = value.every((row) => Array.isArray(row) && row.length === cols && row.every((v) => typeof v === 'number'));
  return ok ? `${value.length}×${cols}` : 'a ragged or non-numeric array';
}

/**
 * Copies a JSON object in the layout of toMlpJson into params and BN buffers after checking every shape:
 * all parameters are required, running statistics are optional, unknown keys are an error. All or nothing.
 */
export function loadMlpJson(json: unknown, params: readonly Param[], batchNorms: readonly BatchNorm[]): void {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new Error('expected an object of named parameter arrays');
  const record = json as Record<string, unknown>;
  const list = entries(params, batchNorms);
  const known = new Set(list.map((e) => e.name));
  for (const key of Object.keys(record)) {
    if (!known.has(key)) throw new Error(`unexpected key ${key}; this net stores ${[...known].join(', ')}`);
  }
  for (const e of list) {
    const expected = describeShape(e.rows, e.cols);
    if (!(e.name in record)) {
      if (e.required) throw new Error(`missing ${e.name} (expected ${expected})`);
      continue;
    }
    const got = shapeOf(record[e.name], e.cols > 0);
    if (got !== expected) throw new Error(`expected ${e.name} of ${expected}, got ${got}`);
  }
  for (const e of list) {
    const value = record[e.name];
    if (value === undefined) continue;
    const flat = e.cols > 0 ? (value as number[][]).flat() : (value as number[]);
    for (let i = 0; i < flat.length; i++) e.target[i] = flat[i];
  }
}
