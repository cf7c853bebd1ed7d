/** Flat row-major storage for matrices and vectors, in the network's chosen precision. */

/** A row-major matrix or a vector of the network's precision. */
export type Floats = Float32Array | Float64Array;

/** 'f32' (the default) stores everything in Float32Array, 'f64' in Float64Array. */
export type Precision = 'f32' | 'f64';

/** A zero-filled buffer of `length` numbers in this precision. */
export function allocFloats(precision: Precision, length: number): Floats {
  return precision === 'f64' ? new Float64Array(length) : new Float32Array(length);
}

/** The precision of an existing buffer. */
export function precisionOf(a: Floats): Precision {
  return a instanceof Float64Array ? 'f64' : 'f32';
}
