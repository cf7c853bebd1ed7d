/**
 * The engine's WebAssembly SIMD kernels (AssemblyScript, compiled by scripts/build-wasm.mjs). They implement the
 * same products and passes as the TypeScript reference in src/engine/ (see src/engine/wasm-kernels.ts for where
 * the two backends meet), on float32 storage with float32 sums.
 *
 * Determinism: only baseline SIMD (f32x4 add, mul, load, store, splat) and scalar IEEE arithmetic; no relaxed SIMD,
 * no fused multiply-add. Every sum runs in a fixed order that does not depend on the tiling, so the same inputs give
 * the same bits in every engine and on every CPU.
 */

/** Rows of A with at most this fraction of non-zeros take the gathered path (MNIST inputs are ~80 % zeros). */
const SPARSE_FRACTION: f32 = 0.5;

/** The first free byte above the module's own static data: where the host may start allocating. */
export function heapBase(): usize {
  return (__heap_base + 15) & ~15;
}

/**
 * out[i][j] = Σ_p A[i][p]·B[p][j] (+ bias[j]) for A of M×K and B of K×N, row-major; out is M×N, or N×M when
 * `transposeOut` (out[j][i]). Each sum runs over p in ascending order in float32, starting from +0, and bias is added
 * last; zero entries of A are skipped (they add ±0). `bias` = 0 means none. idx/val: scratch for K entries.
 */
export function gemm(
  a: usize,
  b: usize,
  out: usize,
  M: i32,
  K: i32,
  N: i32,
  bias: usize,
  transposeOut: bool,
  idx: usize,
  val: usize,
): void {
  let i = 0;
  while (i < M) {
    const row = a + ((<usize>i * K) << 2);
    if (!denseRow(row, K)) {
      sparseRow(idx, val, gather(row, K, idx, val), b, out, i, M, N, bias, transposeOut);
      i += 1;
    } else if (i + 3 < M && denseRow(row + (<usize>K << 2), K) && denseRow(row + (<usize>K << 3), K) && denseRow(row + (<usize>K * 12), K)) {
      denseQuad(a, b, out, i, M, K, N, bias, transposeOut);
      i += 4;
    } else {
      sparseRow(idx, val, gatherAll(row, K, idx, val), b, out, i, M, N, bias, transposeOut);
      i += 1;
    }
  }
}

/**
 * Writes the non-zero positions and values of the K floats at `row` into idx/val; returns how many. Branch-free
 * (each entry is written, and the count moves on only for a non-zero), so MNIST's ragged zeros cost no mispredicted
 * branches; the same entries in the same order as a test-and-append loop.
 */
function gather(row: usize, K: i32, idx: usize, val: usize): i32 {
  let nnz = 0;
  for (let p = 0; p < K; p++) {
    const v = load<f32>(row + (<usize>p << 2));
    store<i32>(idx + (<usize>nnz << 2), p);
    store<f32>(val + (<usize>nnz << 2), v);
    nnz += <i32>(v != 0);
  }
  return nnz;
}

/** Every position and value of the K floats at `row` into idx/val (a dense row that found no 4-row tile). */
function gatherAll(row: usize, K: i32, idx: usize, val: usize): i32 {
  for (let p = 0; p < K; p++) {
    store<i32>(idx + (<usize>p << 2), p);
    store<f32>(val + (<usize>p << 2), load<f32>(row + (<usize>p << 2)));
  }
  return K;
}

/** Whether more than SPARSE_FRACTION of the K floats at `row` are non-zero: counted four lanes at a time. */
function denseRow(row: usize, K: i32): bool {
  const zero = f32x4.splat(0);
  let counts = i32x4.splat(0);
  let p = 0;
  // a lane of f32x4.ne is all ones (−1) where the entry is not zero
  for (; p + 3 < K; p += 4) counts = i32x4.sub(counts, f32x4.ne(v128.load(row + (<usize>p << 2)), zero));
  let nnz =
    i32x4.extract_lane(counts, 0) +
    i32x4.extract_lane(counts, 1) +
    i32x4.extract_lane(counts, 2) +
    i32x4.extract_lane(counts, 3);
  for (; p < K; p++) nnz += <i32>(load<f32>(row + (<usize>p << 2)) != 0);
  return <f32>nnz > SPARSE_FRACTION * <f32>K;
}

/** Stores v (columns j … j+3 of row i) with the bias added. */
@inline
function put4(out: usize, i: i32, j: i32, M: i32, N: i32, v: v128, bias: usize, transposeOut: bool): void {
  if (bias != 0) v = f32x4.add(v, v128.load(bias + (<usize>j << 2)));
  if (!transposeOut) {
    v128.store(out + ((<usize>i * N + j) << 2), v);
    return;
  }
  store<f32>(out + ((<usize>j * M + i) << 2), f32x4.extract_lane(v, 0));
  store<f32>(out + ((<usize>(j + 1) * M + i) << 2), f32x4.extract_lane(v, 1));
  store<f32>(out + ((<usize>(j + 2) * M + i) << 2), f32x4.extract_lane(v, 2));
  store<f32>(out + ((<usize>(j + 3) * M + i) << 2), f32x4.extract_lane(v, 3));
}

@inline
function put1(out: usize, i: i32, j: i32, M: i32, N: i32, s: f32, bias: usize, transposeOut: bool): void {
  if (bias != 0) s += load<f32>(bias + (<usize>j << 2));
  store<f32>(out + ((transposeOut ? <usize>j * M + i : <usize>i * N + j) << 2), s);
}

/** One gathered row of A against B: 16 columns at a time in four f32x4 accumulators, then 4, then 1. */
function sparseRow(
  idx: usize,
  val: usize,
  nnz: i32,
  b: usize,
  out: usize,
  i: i32,
  M: i32,
  N: i32,
  bias: usize,
  transposeOut: bool,
): void {
  const rowBytes = <usize>N << 2;
  let j = 0;
  for (; j + 15 < N; j += 16) {
    let s0 = f32x4.splat(0),
      s1 = f32x4.splat(0),
      s2 = f32x4.splat(0),
      s3 = f32x4.splat(0);
    const col = b + (<usize>j << 2);
    for (let t = 0; t < nnz; t++) {
      const v = f32x4.splat(load<f32>(val + (<usize>t << 2)));
      const q = col + <usize>load<i32>(idx + (<usize>t << 2)) * rowBytes;
      s0 = f32x4.add(s0, f32x4.mul(v, v128.load(q)));
      s1 = f32x4.add(s1, f32x4.mul(v, v128.load(q, 16)));
      s2 = f32x4.add(s2, f32x4.mul(v, v128.load(q, 32)));
      s3 = f32x4.add(s3, f32x4.mul(v, v128.load(q, 48)));
    }
    put4(out, i, j, M, N, s0, bias, transposeOut);
    put4(out, i, j + 4, M, N, s1, bias, transposeOut);
    put4(out, i, j + 8, M, N, s2, bias, transposeOut);
    put4(out, i, j + 12, M, N, s3, bias, transposeOut);
  }
  for (; j + 3 < N; j += 4) {
    let s = f32x4.splat(0);
    const col = b + (<usize>j << 2);
    for (let t = 0; t < nnz; t++) {
      const v = f32x4.splat(load<f32>(val + (<usize>t << 2)));
      s = f32x4.add(s, f32x4.mul(v, v128.load(col + <usize>load<i32>(idx + (<usize>t << 2)) * rowBytes)));
    }
    put4(out, i, j, M, N, s, bias, transposeOut);
  }
  for (; j < N; j++) {
    let s: f32 = 0;
    const col = b + (<usize>j << 2);
    for (let t = 0; t < nnz; t++)
      s += load<f32>(val + (<usize>t << 2)) * load<f32>(col + <usize>load<i32>(idx + (<usize>t << 2)) * rowBytes);
    put1(out, i, j, M, N, s, bias, transposeOut);
  }
}

/**
 * Four dense rows of A (i … i+3) against B, 8 columns at a time (8 accumulators share each pair of B loads), then 4,
 * then 1.
 */
function denseQuad(
  a: usize,
  b: usize,
  out: usize,
  i: i32,
  M: i32,
  K: i32,
  N: i32,
  bias: usize,
  transposeOut: bool,
): void {
  const rowBytes = <usize>N << 2;
  const a0 = a + ((<usize>i * K) << 2);
  const a1 = a0 + (<usize>K << 2);
  const a2 = a1 + (<usize>K << 2);
  const a3 = a2 + (<usize>K << 2);
  let j = 0;
  for (; j + 7 < N; j += 8) {
    let s00 = f32x4.splat(0),
      s01 = f32x4.splat(0),
      s10 = f32x4.splat(0),
      s11 = f32x4.splat(0),
      s20 = f32x4.splat(0),
      s21 = f32x4.splat(0),
      s30 = f32x4.splat(0),
      s31 = f32x4.splat(0);
    let q = b + (<usize>j << 2);
    for (let p = 0; p < K; p++) {
      const c0 = v128.load(q);
      const c1 = v128.load(q, 16);
      const off = <usize>p << 2;
      const u0 = f32x4.splat(load<f32>(a0 + off));
      const u1 = f32x4.splat(load<f32>(a1 + off));
      const u2 = f32x4.splat(load<f32>(a2 + off));
      const u3 = f32x4.splat(load<f32>(a3 + off));
      s00 = f32x4.add(s00, f32x4.mul(u0, c0));
      s01 = f32x4.add(s01, f32x4.mul(u0, c1));
      s10 = f32x4.add(s10, f32x4.mul(u1, c0));
      s11 = f32x4.add(s11, f32x4.mul(u1, c1));
      s20 = f32x4.add(s20, f32x4.mul(u2, c0));
      s21 = f32x4.add(s21, f32x4.mul(u2, c1));
      s30 = f32x4.add(s30, f32x4.mul(u3, c0));
      s31 = f32x4.add(s31, f32x4.mul(u3, c1));
      q += rowBytes;
    }
    put4(out, i, j, M, N, s00, bias, transposeOut);
    put4(out, i, j + 4, M, N, s01, bias, transposeOut);
    put4(out, i + 1, j, M, N, s10, bias, transposeOut);
    put4(out, i + 1, j + 4, M, N, s11, bias, transposeOut);
    put4(out, i + 2, j, M, N, s20, bias, transposeOut);
    put4(out, i + 2, j + 4, M, N, s21, bias, transposeOut);
    put4(out, i + 3, j, M, N, s30, bias, transposeOut);
    put4(out, i + 3, j + 4, M, N, s31, bias, transposeOut);
  }
  for (; j + 3 < N; j += 4) {
    let s0 = f32x4.splat(0),
      s1 = f32x4.splat(0),
      s2 = f32x4.splat(0),
      s3 = f32x4.splat(0);
    let q = b + (<usize>j << 2);
    for (let p = 0; p < K; p++) {
      const c = v128.load(q);
      const off = <usize>p << 2;
      s0 = f32x4.add(s0, f32x4.mul(f32x4.splat(load<f32>(a0 + off)), c));
      s1 = f32x4.add(s1, f32x4.mul(f32x4.splat(load<f32>(a1 + off)), c));
      s2 = f32x4.add(s2, f32x4.mul(f32x4.splat(load<f32>(a2 + off)), c));
      s3 = f32x4.add(s3, f32x4.mul(f32x4.splat(load<f32>(a3 + off)), c));
      q += rowBytes;
    }
    put4(out, i, j, M, N, s0, bias, transposeOut);
    put4(out, i + 1, j, M, N, s1, bias, transposeOut);
    put4(out, i + 2, j, M, N, s2, bias, transposeOut);
    put4(out, i + 3, j, M, N, s3, bias, transposeOut);
  }
  for (; j < N; j++) {
    let s0: f32 = 0,
      s1: f32 = 0,
      s2: f32 = 0,
      s3: f32 = 0;
    let q = b + (<usize>j << 2);
    for (let p = 0; p < K; p++) {
      const c = load<f32>(q);
      const off = <usize>p << 2;
      s0 += load<f32>(a0 + off) * c;
      s1 += load<f32>(a1 + off) * c;
      s2 += load<f32>(a2 + off) * c;
      s3 += load<f32>(a3 + off) * c;
      q += rowBytes;
    }
    put1(out, i, j, M, N, s0, bias, transposeOut);
    put1(out, i + 1, j, M, N, s1, bias, transposeOut);
    put1(out, i + 2, j, M, N, s2, bias, transposeOut);
    put1(out, i + 3, j, M, N, s3, bias, transposeOut);
  }
}

/** dst[c][r] = src[r][c]: a rows × cols matrix into its cols × rows transpose, 4 × 4 blocks through SIMD shuffles. */
export function transpose(src: usize, dst: usize, rows: i32, cols: i32): void {
  const r4 = rows & ~3;
  const c4 = cols & ~3;
  const srcRow = <usize>cols << 2;
  const dstRow = <usize>rows << 2;
  for (let r = 0; r < r4; r += 4) {
    for (let c = 0; c < c4; c += 4) {
      const s = src + ((<usize>r * cols + c) << 2);
      const a0 = v128.load(s);
      const a1 = v128.load(s + srcRow);
      const a2 = v128.load(s + 2 * srcRow);
      const a3 = v128.load(s + 3 * srcRow);
      // interleave pairs of rows, then pairs of pairs: column q of the block becomes row q
      const t0 = v128.shuffle<f32>(a0, a1, 0, 4, 1, 5);
      const t1 = v128.shuffle<f32>(a0, a1, 2, 6, 3, 7);
      const t2 = v128.shuffle<f32>(a2, a3, 0, 4, 1, 5);
      const t3 = v128.shuffle<f32>(a2, a3, 2, 6, 3, 7);
      const d = dst + ((<usize>c * rows + r) << 2);
      v128.store(d, v128.shuffle<f32>(t0, t2, 0, 1, 4, 5));
      v128.store(d + dstRow, v128.shuffle<f32>(t0, t2, 2, 3, 6, 7));
      v128.store(d + 2 * dstRow, v128.shuffle<f32>(t1, t3, 0, 1, 4, 5));
      v128.store(d + 3 * dstRow, v128.shuffle<f32>(t1, t3, 2, 3, 6, 7));
    }
    for (let c = c4; c < cols; c++) for (let q = r; q < r + 4; q++) moveOne(src, dst, q, c, rows, cols);
  }
  for (let r = r4; r < rows; r++) for (let c = 0; c < cols; c++) moveOne(src, dst, r, c, rows, cols);
}

@inline
function moveOne(src: usize, dst: usize, r: i32, c: i32, rows: i32, cols: i32): void {
  store<f32>(dst + ((<usize>c * rows + r) << 2), load<f32>(src + ((<usize>r * cols + c) << 2)));
}

// e^x for float32 lanes, after Cephes' expf (Stephen L. Moshier, 1984–2000): x = n·ln2 + r with |r| ≤ ln2/2 and ln2
// split in two for an exact n·ln2, e^r = 1 + r + r²·P(r) with Cephes' degree-5 coefficients, then × 2^n through the
// exponent bits. x is first clamped to [−87.5, 88] (NaN stays NaN), so the result saturates to about 1e−38 and 2e38
// instead of 0 and ∞, and n stays within [−126, 127].
const LOG2E: f32 = 1.44269504088896341;
const LN2_HI: f32 = 0.693359375;
const LN2_LO: f32 = -2.12194440e-4;
const P0: f32 = 1.9875691500e-4;
const P1: f32 = 1.3981999507e-3;
const P2: f32 = 8.3334519073e-3;
const P3: f32 = 4.1665795894e-2;
const P4: f32 = 1.6666665459e-1;
const P5: f32 = 5.0000001201e-1;

@inline
function expLanes(v: v128): v128 {
  const x = f32x4.max(f32x4.min(v, f32x4.splat(88)), f32x4.splat(-87.5));
  const n = f32x4.max(f32x4.nearest(f32x4.mul(x, f32x4.splat(LOG2E))), f32x4.splat(-126));
  let r = f32x4.sub(x, f32x4.mul(n, f32x4.splat(LN2_HI)));
  r = f32x4.sub(r, f32x4.mul(n, f32x4.splat(LN2_LO)));
  let p = f32x4.splat(P0);
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(P1));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(P2));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(P3));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(P4));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(P5));
  const er = f32x4.add(f32x4.add(f32x4.mul(f32x4.mul(r, r), p), r), f32x4.splat(1));
  const scale = i32x4.shl(i32x4.add(i32x4.trunc_sat_f32x4_s(n), i32x4.splat(127)), 23);
  return f32x4.mul(er, scale);
}

/** y = σ(x) = 1 / (1 + e^(−x)) over n floats, four at a time (the last partial four in a padded copy). */
export function sigmoid(x: usize, y: usize, n: i32): void {
  const one = f32x4.splat(1);
  let i = 0;
  for (; i + 3 < n; i += 4) {
    const at = <usize>i << 2;
    const e = expLanes(f32x4.neg(v128.load(x + at)));
    v128.store(y + at, f32x4.div(one, f32x4.add(one, e)));
  }
  for (; i < n; i++) {
    const at = <usize>i << 2;
    const e = expLanes(f32x4.splat(-load<f32>(x + at)));
    store<f32>(y + at, f32x4.extract_lane(f32x4.div(one, f32x4.add(one, e)), 0));
  }
}

/**
 * One SGD update p ← p − lr·g over n floats (with momentum μ > 0: v ← μ·v + g, p ← p − lr·v), each entry in float64
 * and rounded once, as the TypeScript reference does. norms[0…2] = ‖g‖², ‖Δp‖², ‖p‖² after the update in float64:
 * without momentum summed in two lanes (even and odd entries of each four, then the lanes added), with momentum in
 * index order.
 */
export function sgdStep(p: usize, g: usize, v: usize, n: i32, lr: f64, mu: f64, norms: usize): void {
  if (v != 0) return scalarSteps(p, g, v, 0, n, lr, mu, 0, 0, 0, norms);
  let gg = f64x2.splat(0),
    dd = f64x2.splat(0),
    pp = f64x2.splat(0);
  const rate = f64x2.splat(lr);
  let i = 0;
  for (; i + 3 < n; i += 4) {
    const at = <usize>i << 2;
    const g4 = v128.load(g + at);
    const p4 = v128.load(p + at);
    const gLo = f64x2.promote_low_f32x4(g4);
    const gHi = f64x2.promote_low_f32x4(v128.shuffle<f32>(g4, g4, 2, 3, 0, 1));
    const dLo = f64x2.mul(rate, gLo);
    const dHi = f64x2.mul(rate, gHi);
    const pLo = f32x4.demote_f64x2_zero(f64x2.sub(f64x2.promote_low_f32x4(p4), dLo));
    const pHi = f32x4.demote_f64x2_zero(f64x2.sub(f64x2.promote_low_f32x4(v128.shuffle<f32>(p4, p4, 2, 3, 0, 1)), dHi));
    v128.store(p + at, v128.shuffle<f32>(pLo, pHi, 0, 1, 4, 5));
    gg = f64x2.add(gg, f64x2.add(f64x2.mul(gLo, gLo), f64x2.mul(gHi, gHi)));
    dd = f64x2.add(dd, f64x2.add(f64x2.mul(dLo, dLo), f64x2.mul(dHi, dHi)));
    const qLo = f64x2.promote_low_f32x4(pLo);
    const qHi = f64x2.promote_low_f32x4(pHi);
    pp = f64x2.add(pp, f64x2.add(f64x2.mul(qLo, qLo), f64x2.mul(qHi, qHi)));
  }
  const sg = f64x2.extract_lane(gg, 0) + f64x2.extract_lane(gg, 1);
  const sd = f64x2.extract_lane(dd, 0) + f64x2.extract_lane(dd, 1);
  const sp = f64x2.extract_lane(pp, 0) + f64x2.extract_lane(pp, 1);
  scalarSteps(p, g, 0, i, n, lr, 0, sg, sd, sp, norms);
}

/** sgdStep entry by entry from `from` on, continuing the sums gg, dd, pp; then writes them to norms. */
function scalarSteps(
  p: usize,
  g: usize,
  v: usize,
  from: i32,
  n: i32,
  lr: f64,
  mu: f64,
  gg: f64,
  dd: f64,
  pp: f64,
  norms: usize,
): void {
  for (let i = from; i < n; i++) {
    const at = <usize>i << 2;
    const grad = <f64>load<f32>(g + at);
    let step = grad;
    if (v != 0) {
      const vel = <f32>(mu * <f64>load<f32>(v + at) + grad);
      store<f32>(v + at, vel);
      step = <f64>vel;
    }
    const delta = lr * step;
    const value = <f32>(<f64>load<f32>(p + at) - delta);
    store<f32>(p + at, value);
    gg += grad * grad;
    dd += delta * delta;
    pp += <f64>value * <f64>value;
  }
  store<f64>(norms, gg);
  store<f64>(norms, dd, 8);
  store<f64>(norms, pp, 16);
}

// Batch normalization's passes over rows × units, in float64 as the TypeScript reference computes them, two
// columns per f64x2: each lane is one column and keeps its own row order, so these give the reference's very bits.

/** Two adjacent float32s at p as an f64x2. */
@inline
function load2(p: usize): v128 {
  return f64x2.promote_low_f32x4(v128.load64_zero(p));
}

/** Per column j: mean μ_j = Σ_r x_rj / m and biased variance σ²_j = Σ_r (x_rj − μ_j)² / m, rows in order. */
export function batchStats(x: usize, rows: i32, units: i32, mean: usize, variance: usize): void {
  const m = f64x2.splat(<f64>rows);
  let j = 0;
  for (; j + 1 < units; j += 2) {
    let s = f64x2.splat(0);
    for (let r = 0; r < rows; r++) s = f64x2.add(s, load2(x + ((<usize>r * units + j) << 2)));
    const mu = f64x2.div(s, m);
    let q = f64x2.splat(0);
    for (let r = 0; r < rows; r++) {
      const d = f64x2.sub(load2(x + ((<usize>r * units + j) << 2)), mu);
      q = f64x2.add(q, f64x2.mul(d, d));
    }
    v128.store(mean + (<usize>j << 3), mu);
    v128.store(variance + (<usize>j << 3), f64x2.div(q, m));
  }
  for (; j < units; j++) {
    let s: f64 = 0;
    for (let r = 0; r < rows; r++) s += <f64>load<f32>(x + ((<usize>r * units + j) << 2));
    const mu = s / <f64>rows;
    let q: f64 = 0;
    for (let r = 0; r < rows; r++) {
      const d = <f64>load<f32>(x + ((<usize>r * units + j) << 2)) - mu;
      q += d * d;
    }
    store<f64>(mean + (<usize>j << 3), mu);
    store<f64>(variance + (<usize>j << 3), q / <f64>rows);
  }
}

/** x̂ = (x − μ)·invStd and y = γ·x̂ + β, each in float64 and rounded once to float32 (y from the unrounded x̂). */
export function normalize(
  x: usize,
  rows: i32,
  units: i32,
  mean: usize,
  invStd: usize,
  gamma: usize,
  beta: usize,
  xhat: usize,
  y: usize,
): void {
  for (let r = 0; r < rows; r++) {
    const o = <usize>r * units;
    let j = 0;
    for (; j + 1 < units; j += 2) {
      const h = f64x2.mul(f64x2.sub(load2(x + ((o + j) << 2)), v128.load(mean + (<usize>j << 3))), v128.load(invStd + (<usize>j << 3)));
      v128.store64_lane(xhat + ((o + j) << 2), f32x4.demote_f64x2_zero(h), 0);
      const out = f64x2.add(f64x2.mul(load2(gamma + (<usize>j << 2)), h), load2(beta + (<usize>j << 2)));
      v128.store64_lane(y + ((o + j) << 2), f32x4.demote_f64x2_zero(out), 0);
    }
    for (; j < units; j++) {
      const h =
        (<f64>load<f32>(x + ((o + j) << 2)) - load<f64>(mean + (<usize>j << 3))) * load<f64>(invStd + (<usize>j << 3));
      store<f32>(xhat + ((o + j) << 2), <f32>h);
      store<f32>(y + ((o + j) << 2), <f32>(<f64>load<f32>(gamma + (<usize>j << 2)) * h + <f64>load<f32>(beta + (<usize>j << 2))));
    }
  }
}

/**
 * Σ_r dy and Σ_r dy·x̂ per column into sumDy, sumDyXhat (float64, rows in order); then, with batch statistics,
 * dx = γ·invStd/m · (m·dy − Σdy − x̂·Σdy·x̂), else (fixed statistics) dx = γ·invStd·dy.
 */
export function normBackward(
  dy: usize,
  xhat: usize,
  rows: i32,
  units: i32,
  gamma: usize,
  invStd: usize,
  batchStats: bool,
  sumDy: usize,
  sumDyXhat: usize,
  dx: usize,
): void {
  for (let j = 0; j < units; j++) {
    let sb: f64 = 0;
    let sg: f64 = 0;
    for (let r = 0; r < rows; r++) {
      const at = (<usize>r * units + j) << 2;
      const d = <f64>load<f32>(dy + at);
      sb += d;
      sg += d * <f64>load<f32>(xhat + at);
    }
    store<f64>(sumDy + (<usize>j << 3), sb);
    store<f64>(sumDyXhat + (<usize>j << 3), sg);
  }
  const m = <f64>rows;
  for (let r = 0; r < rows; r++) {
    const o = <usize>r * units;
    for (let j = 0; j < units; j++) {
      const at = (o + j) << 2;
      const g = <f64>load<f32>(gamma + (<usize>j << 2));
      const inv = load<f64>(invStd + (<usize>j << 3));
      const d = <f64>load<f32>(dy + at);
      if (batchStats) {
        const scale = (g * inv) / m;
        const v = scale * (m * d - load<f64>(sumDy + (<usize>j << 3)) - <f64>load<f32>(xhat + at) * load<f64>(sumDyXhat + (<usize>j << 3)));
        store<f32>(dx + at, <f32>v);
      } else {
        store<f32>(dx + at, <f32>(g * inv * d));
      }
    }
  }
}

/** dx = dy·σ′ = dy·y·(1 − y) from σ's output y, in float64 and rounded once (the reference's bits), two at a time. */
export function sigmoidBackward(dy: usize, y: usize, dx: usize, n: i32): void {
  const one = f64x2.splat(1);
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const at = <usize>i << 2;
    const s = load2(y + at);
    const d = f64x2.mul(f64x2.mul(load2(dy + at), s), f64x2.sub(one, s));
    v128.store64_lane(dx + at, f32x4.demote_f64x2_zero(d), 0);
  }
  for (; i < n; i++) {
    const at = <usize>i << 2;
    const s = <f64>load<f32>(y + at);
    store<f32>(dx + at, <f32>(<f64>load<f32>(dy + at) * s * (1 - s)));
  }
}
