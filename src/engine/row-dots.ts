/** The one inner loop behind every matmul: dot products of the rows of a with the rows of b (a · bᵀ). */

import type { Floats } from './floats.ts';

/** Rows of `a` with at most this fraction of non-zeros take the gathered path (MNIST inputs are ~80 % zeros). */
const SPARSE_FRACTION = 0.5;

/**
 * out[i·rowStride + j·colStride] = Σ_p a[i·k + p] · b[j·k + p] (+ bias[j]) for i < m, j < n.
 * `idx`/`val` are scratch of length ≥ k for gathering a row's non-zeros.
 * Register-blocked: 2 rows of a × 4 rows of b per pass on dense rows, 1 × 8 on sparse ones.
 */
export function rowDots(
  a: Floats,
  b: Floats,
  out: Floats,
  m: number,
  k: number,
  n: number,
  bias: Floats | null,
  rowStride: number,
  colStride: number,
  idx: Int32Array,
  val: Float64Array,
): void {
  let i = 0;
  while (i < m) {
    const nnz = gatherNonZeros(a, i * k, k, idx, val);
    if (nnz <= SPARSE_FRACTION * k) {
      sparseRowDots(idx, val, nnz, b, k, n, out, i * rowStride, colStride, bias);
      i += 1;
    } else if (i + 1 < m) {
      denseRowPairDots(a, i * k, b, k, n, out, i * rowStride, (i + 1) * rowStride, colStride, bias);
      i += 2;
    } else {
      denseRowDots(a, i * k, b, k, n, out, i * rowStride, colStride, bias);
      i += 1;
    }
  }
}

/** Writes the non-zero positions and values of a[start … start+k) into idx/val; returns their count. */
function gatherNonZeros(a: Floats, start: number, k: number, idx: Int32Array, val: Float64Array): number {
  let nnz = 0;
  for (let p = 0; p < k; p++) {
    const v = a[start + p];
    if (v !== 0) {
      idx[nnz] = p;
      val[nnz] = v;
      nnz++;
    }
  }
  return nnz;
}

/** One sparse row (idx/val) against all n rows of b, eight at a time (each gathered index feeds 8 products). */
function sparseRowDots(
  idx: Int32Array,
  val: Float64Array,
  nnz: number,
  b: Floats,
  k: number,
  n: number,
  out: Floats,
  o: number,
  cs: number,
  bias: Floats | null,
): void {
  let j = 0;
  for (; j + 7 < n; j += 8) {
    const b0 = j * k,
      b1 = b0 + k,
      b2 = b1 + k,
      b3 = b2 + k,
      b4 = b3 + k,
      b5 = b4 + k,
      b6 = b5 + k,
      b7 = b6 + k;
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0,
      s4 = 0,
      s5 = 0,
      s6 = 0,
      s7 = 0;
    for (let t = 0; t < nnz; t++) {
      const v = val[t],
        q = idx[t];
      s0 += v * b[b0 + q];
      s1 += v * b[b1 + q];
      s2 += v * b[b2 + q];
      s3 += v * b[b3 + q];
      s4 += v * b[b4 + q];
      s5 += v * b[b5 + q];
      s6 += v * b[b6 + q];
      s7 += v * b[b7 + q];
    }
    store4(out, o + j * cs, cs, bias, j, s0, s1, s2, s3);
    store4(out, o + (j + 4) * cs, cs, bias, j + 4, s4, s5, s6, s7);
  }
  for (; j < n; j++) {
    const bj = j * k;
    let s = 0;
    for (let t = 0; t < nnz; t++) s += val[t] * b[bj + idx[t]];
    out[o + j * cs] = bias === null ? s : s + bias[j];
  }
}

/** Two dense rows of a (at ia and ia + k) against all n rows of b: 8 accumulators share each load. */
function denseRowPairDots(
  a: Floats,
  ia: number,
  b: Floats,
  k: number,
  n: number,
  out: Floats,
  o0: number,
  o1: number,
  cs: number,
  bias: Floats | null,
): void {
  const ib = ia + k;
  let j = 0;
  for (; j + 3 < n; j += 4) {
    const b0 = j * k,
      b1 = b0 + k,
      b2 = b1 + k,
      b3 = b2 + k;
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0,
      t0 = 0,
      t1 = 0,
      t2 = 0,
      t3 = 0;
    for (let p = 0; p < k; p++) {
      const u = a[ia + p],
        v = a[ib + p];
      const c0 = b[b0 + p],
        c1 = b[b1 + p],
        c2 = b[b2 + p],
        c3 = b[b3 + p];
      s0 += u * c0;
      s1 += u * c1;
      s2 += u * c2;
      s3 += u * c3;
      t0 += v * c0;
      t1 += v * c1;
      t2 += v * c2;
      t3 += v * c3;
    }
    store4(out, o0 + j * cs, cs, bias, j, s0, s1, s2, s3);
    store4(out, o1 + j * cs, cs, bias, j, t0, t1, t2, t3);
  }
  for (; j < n; j++) {
    const bj = j * k;
    let s = 0,
      t = 0;
    for (let p = 0; p < k; p++) {
      const c = b[bj + p];
      s += a[ia + p] * c;
      t += a[ib + p] * c;
    }
    out[o0 + j * cs] = bias === null ? s : s + bias[j];
    out[o1 + j * cs] = bias === null ? t : t + bias[j];
  }
}

/** One dense row of a against all n rows of b (the odd last row of a dense block). */
function denseRowDots(
  a: Floats,
  ia: number,
  b: Floats,
  k: number,
  n: number,
  out: Floats,
  o: number,
  cs: number,
  bias: Floats | null,
): void {
  for (let j = 0; j < n; j++) {
    const bj = j * k;
    let s = 0;
    for (let p = 0; p < k; p++) s += a[ia + p] * b[bj + p];
    out[o + j * cs] = bias === null ? s : s + bias[j];
  }
}

/** out[o + c·cs] = s_c (+ bias[j + c]) for c = 0 … 3. */
function store4(
  out: Floats,
  o: number,
  cs: number,
  bias: Floats | null,
  j: number,
  s0: number,
  s1: number,
  s2: number,
  s3: number,
): void {
  if (bias !== null) {
    s0 += bias[j];
    s1 += bias[j + 1];
    s2 += bias[j + 2];
    s3 += bias[j + 3];
  }
  out[o] = s0;
  out[o + cs] = s1;
  out[o + 2 * cs] = s2;
  out[o + 3 * cs] = s3;
}
