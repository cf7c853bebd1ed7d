/**
 * exp, log, tanh, sin and cos that give the same float64 bits in every JS engine. The spec leaves the last bits of
 * Math.exp and friends to the engine, while +, −, ×, ÷ and √ are exact IEEE operations everywhere; so these are
 * built from those alone (plus abs, floor and bit access to the float64 words), ported line by line from fdlibm 5.3
 * (Sun's freely distributable libm, as at netlib.org/fdlibm) with its range reductions and its fixed polynomial
 * coefficients, each constant the hex value fdlibm gives. Error < 1 ulp, by fdlibm's analysis and
 * tests/engine/det-math.test.ts. Two departures, both where fdlibm 5.3 is an ulp off and FreeBSD's msun or V8 is
 * not: exp(1) is Math.E, and tanh x = x below 2^−28. With them these agree bit for bit with V8's Math.* (fdlibm
 * ports too) on every argument we tried, so Chromium and Node runs keep their numbers. Nothing here allocates:
 * they run per element in the training loop.
 */

/*
 * fdlibm's notice, as it asks (e_exp.c and s_expm1.c carry the same notice dated 2004):
 * ====================================================
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 *
 * Developed at SunSoft, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * ====================================================
 */

import { fromWords, highWord, lowWord, withHighWord } from './float64-words.ts';
import { remPio2 } from './rem-pio2.ts';

// ln 2 = LN2_HI + LN2_LO, LN2_HI with 32 trailing zero bits so that k·LN2_HI is exact for |k| < 2^11
const LN2_HI = 6.931471803691238e-1; // 0x3fe62e42 0xfee00000
const LN2_LO = 1.9082149292705877e-10; // 0x3dea39ef 0x35793c76
const INV_LN2 = 1.4426950408889634; // 0x3ff71547 0x652b82fe
const O_THRESHOLD = 709.782712893384; // 0x40862e42 0xfefa39ef
const U_THRESHOLD = -745.1332191019411; // 0xc0874910 0xd52d3051
const TWO_M1000 = 9.332636185032189e-302; // 0x01700000 0x00000000
const TWO54 = 18014398509481984; // 0x43500000 0x00000000

/** 2^k·y by adding k to y's exponent field (fdlibm's __incExp): exact while the result stays normal. */
function scaleByPowerOfTwo(y: number, k: number): number {
  return withHighWord(y, highWord(y) + (k << 20));
}

// e_exp.c: R(r²) ≈ r·(eʳ + 1)/(eʳ − 1) = 2 + P1·r² + … + P5·r¹⁰ on [0, ½ln 2], |error| < 2^−59
const P1 = 1.6666666666666602e-1; // 0x3fc55555 0x5555553e
const P2 = -2.7777777777015593e-3; // 0xbf66c16c 0x16bebd93
const P3 = 6.613756321437934e-5; // 0x3f11566a 0xaf25de2c
const P4 = -1.6533902205465252e-6; // 0xbebbbd41 0xc5d26bf1
const P5 = 4.1381367970572385e-8; // 0x3e663769 0x72bea4d0

/**
 * eˣ (fdlibm e_exp.c, __ieee754_exp): x = k·ln 2 + r with |r| ≤ ½ln 2, then eʳ = 1 + r + r·c(r)/(2 − c(r)),
 * c(r) = r − (P1·r² + … + P5·r¹⁰), and eˣ = 2^k·eʳ. Above 709.78… +∞, below −745.13… +0, subnormals in between.
 */
export function exp(x: number): number {
  const hx = highWord(x);
  const negative = hx < 0;
  const ix = hx & 0x7fffffff;
  if (ix >= 0x40862e42) {
    // |x| ≥ 709.78…: NaN, ±∞, overflow or underflow
    if (ix >= 0x7ff00000) {
      if (((ix & 0xfffff) | lowWord(x)) !== 0) return x + x;
      return negative ? 0 : x;
    }
    if (x > O_THRESHOLD) return Infinity;
    if (x < U_THRESHOLD) return 0;
  }
  let hi = 0;
  let lo = 0;
  let k = 0;
  let r = x;
  if (ix > 0x3fd62e42) {
    // |x| > ½ln 2: reduce, r = hi − lo
    if (ix < 0x3ff0a2b2) {
      // |x| < 1.5 ln 2: k = ±1. The formula gets e¹ one ulp high; V8 returns the correctly rounded e here too.
      if (x === 1) return Math.E;
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
      k = negative ? -1 : 1;
    } else {
      k = (INV_LN2 * x + (negative ? -0.5 : 0.5)) | 0;
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    }
    r = hi - lo;
  } else if (ix < 0x3e300000) {
    // |x| < 2^−28: eˣ rounds to 1 + x
    return 1 + x;
  }
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((r * c) / (c - 2) - r);
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  // 2^k·y, through 2^(k+1000)·2^−1000 where 2^k alone is subnormal
  if (k >= -1021) return scaleByPowerOfTwo(y, k);
  return scaleByPowerOfTwo(y, k + 1000) * TWO_M1000;
}

// e_log.c: R(s²) ≈ Lg1·s² + … + Lg7·s¹⁴ for log(1+f) = 2s + s·R, s = f/(2+f), |error| < 2^−58.45
const LG1 = 6.666666666666735e-1; // 0x3fe55555 0x55555593
const LG2 = 3.999999999940942e-1; // 0x3fd99999 0x9997fa04
const LG3 = 2.857142874366239e-1; // 0x3fd24924 0x94229359
const LG4 = 2.2222198432149784e-1; // 0x3fcc71c5 0x1d8e78af
const LG5 = 1.818357216161805e-1; // 0x3fc74664 0x96cb03de
const LG6 = 1.5313837699209373e-1; // 0x3fc39a09 0xd078c69f
const LG7 = 1.4798198605116586e-1; // 0x3fc2f112 0xdf3e5244
const ONE_THIRD = 3.333333333333333e-1; // 0x3fd55555 0x55555555

/**
 * ln x (fdlibm e_log.c, __ieee754_log): x = 2^k·(1 + f) with √2/2 < 1 + f < √2, then
 * ln x = k·ln 2 + f − (f²/2 − s·(f²/2 + R(s²))), s = f/(2 + f). ln(±0) = −∞, ln(x < 0) = NaN, ln 1 = +0.
 */
export function log(x: number): number {
  let hx = highWord(x);
  let k = 0;
  if (hx < 0x00100000) {
    // x < 2^−1022: ±0, negative, or subnormal (scaled up by 2^54)
    if (((hx & 0x7fffffff) | lowWord(x)) === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= TWO54;
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  // 1 + f = x's significand, or half of it when that is above √2
  const i = (hx + 0x95f64) & 0x100000;
  const f = withHighWord(x, hx | (i ^ 0x3ff00000)) - 1;
  k += i >> 20;
  if ((0x000fffff & (2 + hx)) < 3) {
    // |f| < 2^−20: ln(1 + f) ≈ f − f²/2 + f³/3
    if (f === 0) return k === 0 ? 0 : k * LN2_HI + k * LN2_LO;
    const r = f * f * (0.5 - ONE_THIRD * f);
    return k === 0 ? f - r : k * LN2_HI - (r - k * LN2_LO - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
    // 1 + f near √2 or √2/2, where |f| is largest: the f²/2 form keeps more bits
    const hfsq = 0.5 * f * f;
    if (k === 0) return f - (hfsq - s * (hfsq + r));
    return k * LN2_HI - (hfsq - (s * (hfsq + r) + k * LN2_LO) - f);
  }
  if (k === 0) return f - s * (f - r);
  return k * LN2_HI - (s * (f - r) - k * LN2_LO - f);
}

// s_expm1.c: R1(r²) ≈ 1 + Q1·r²/2 + … + Q5·(r²/2)⁵ for r·(eʳ + 1)/(eʳ − 1) = 2 + r²/6·R1, |error| < 2^−61
const Q1 = -3.333333333333313e-2; // 0xbfa11111 0x111110f4
const Q2 = 1.5873015872548146e-3; // 0x3f5a01a0 0x19fe5585
const Q3 = -7.93650757867488e-5; // 0xbf14ce19 0x9eaadbb7
const Q4 = 4.008217827329362e-6; // 0x3ed0cfca 0x86e65239
const Q5 = -2.0109921818362437e-7; // 0xbe8afdb7 0x6e09c32d

/**
 * eˣ − 1 (fdlibm s_expm1.c), for tanh: x = k·ln 2 + r + c (c the rounding error of r), eʳ − 1 from R1 with the
 * correction c + r·c, then 2^k·(eʳ − 1 + 1) − 1 arranged for each k to lose no bits.
 */
function expm1(x: number): number {
  const hx = highWord(x);
  const negative = hx < 0;
  const ix = hx & 0x7fffffff;
  if (ix >= 0x4043687a) {
    // |x| ≥ 56 ln 2
    if (ix >= 0x40862e42) {
      if (ix >= 0x7ff00000) {
        if (((ix & 0xfffff) | lowWord(x)) !== 0) return x + x;
        return negative ? -1 : x;
      }
      if (x > O_THRESHOLD) return Infinity;
    }
    if (negative) return -1;
  }
  let k = 0;
  let c = 0;
  let r = x;
  if (ix > 0x3fd62e42) {
    // |x| > ½ln 2: reduce, r + c = hi − lo
    let hi: number;
    let lo: number;
    if (ix < 0x3ff0a2b2) {
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
      k = negative ? -1 : 1;
    } else {
      k = (INV_LN2 * x + (negative ? -0.5 : 0.5)) | 0;
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    }
    r = hi - lo;
    c = hi - r - lo;
  } else if (ix < 0x3c900000) {
    // |x| < 2^−54: eˣ − 1 rounds to x
    return x;
  }
  const hfx = 0.5 * r;
  const hxs = r * hfx;
  const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  const t = 3 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6 - r * t));
  if (k === 0) return r - (r * e - hxs);
  e = r * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (r - e) - 0.5;
  if (k === 1) return r < -0.25 ? -2 * (e - (r + 0.5)) : 1 + 2 * (r - e);
  if (k <= -2 || k > 56) return scaleByPowerOfTwo(1 - (e - r), k) - 1;
  // 1 − 2^−k, or 2^−k, subtracted before the scaling, where it is exact
  if (k < 20) return scaleByPowerOfTwo(fromWords(0x3ff00000 - (0x200000 >> k), 0) - (e - r), k);
  return scaleByPowerOfTwo(r - (e + fromWords((0x3ff - k) << 20, 0)) + 1, k);
}

/**
 * tanh x (fdlibm s_tanh.c) = (e²ˣ − 1)/(e²ˣ + 1): x for |x| < 2^−28, −t/(t + 2) with t = expm1(−2|x|) below 1,
 * 1 − 2/(t + 2) with t = expm1(2|x|) from 1 to 22, ±1 beyond; odd, so tanh(±0) = ±0 and tanh(±∞) = ±1.
 * The 2^−28 cut is FreeBSD msun's (and V8's): below it tanh x = x − x³/3 rounds to x, where fdlibm 5.3's
 * x·(1 + x) below 2^−55 and expm1 above could miss by an ulp.
 */
export function tanh(x: number): number {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return jx >= 0 ? 1 / x + 1 : 1 / x - 1;
  let z: number;
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    if (ix >= 0x3ff00000) {
      const t = expm1(2 * Math.abs(x));
      z = 1 - 2 / (t + 2);
    } else {
      const t = expm1(-2 * Math.abs(x));
      z = -t / (t + 2);
    }
  } else z = 1;
  return jx >= 0 ? z : -z;
}

// k_sin.c: sin x ≈ x + S1·x³ + … + S6·x¹³ on [−π/4, π/4], |error| < 2^−58
const S1 = -1.6666666666666632e-1; // 0xbfc55555 0x55555549
const S2 = 8.33333333332249e-3; // 0x3f811111 0x1110f8a6
const S3 = -1.984126982985795e-4; // 0xbf2a01a0 0x19c161d5
const S4 = 2.7557313707070068e-6; // 0x3ec71de3 0x57b1fe7d
const S5 = -2.5050760253406863e-8; // 0xbe5ae5e6 0x8a2b9ceb
const S6 = 1.58969099521155e-10; // 0x3de5d93a 0x5acfd57c

/** sin(x + y) on [−π/4, π/4], y the tail of x (fdlibm k_sin.c, __kernel_sin): sin x + (1 − x²/2)·y. */
function kernelSin(x: number, y: number, hasTail: boolean): number {
  // |x| < 2^−27: sin x rounds to x
  if ((highWord(x) & 0x7fffffff) < 0x3e400000) return x;
  const z = x * x;
  const v = z * x;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  if (!hasTail) return x + v * (S1 + z * r);
  return x - (z * (0.5 * y - v * r) - y - v * S1);
}

// k_cos.c: cos x ≈ 1 − x²/2 + C1·x⁴ + … + C6·x¹⁴ on [−π/4, π/4], |error| < 2^−58
const C1 = 4.16666666666666e-2; // 0x3fa55555 0x5555554c
const C2 = -1.388888888887411e-3; // 0xbf56c16c 0x16c15177
const C3 = 2.480158728947673e-5; // 0x3efa01a0 0x19cb1590
const C4 = -2.7557314351390663e-7; // 0xbe927e4f 0x809c52ad
const C5 = 2.087572321298175e-9; // 0x3e21ee9e 0xbdb4b1c4
const C6 = -1.1359647557788195e-11; // 0xbda8fae9 0xbe8838d4

/** cos(x + y) on [−π/4, π/4], y the tail of x (fdlibm k_cos.c, __kernel_cos): cos x − x·y. */
function kernelCos(x: number, y: number): number {
  const ix = highWord(x) & 0x7fffffff;
  // |x| < 2^−27: cos x rounds to 1
  if (ix < 0x3e400000) return 1;
  const z = x * x;
  const r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  if (ix < 0x3fd33333) return 1 - (0.5 * z - (z * r - x * y));
  // |x| ≥ 0.3: (1 − qx) − ((x²/2 − qx) − (r − x·y)) with qx ≈ x/4 on a short significand, both differences exact
  const qx = ix > 0x3fe90000 ? 0.28125 : fromWords(ix - 0x00200000, 0);
  return 1 - qx - (0.5 * z - qx - (z * r - x * y));
}

/** remPio2's output, allocated once. */
const reduced = new Float64Array(2);

/**
 * sin x (fdlibm s_sin.c): x = n·π/2 + y by rem-pio2.ts, then ±sin y or ±cos y by n mod 4. sin(±0) = ±0,
 * sin(±∞) = NaN.
 */
export function sin(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelSin(x, 0, false);
  if (ix >= 0x7ff00000) return x - x;
  switch (remPio2(x, reduced) & 3) {
    case 0:
      return kernelSin(reduced[0], reduced[1], true);
    case 1:
      return kernelCos(reduced[0], reduced[1]);
    case 2:
      return -kernelSin(reduced[0], reduced[1], true);
    default:
      return -kernelCos(reduced[0], reduced[1]);
  }
}

/** cos x (fdlibm s_cos.c): x = n·π/2 + y by rem-pio2.ts, then ±cos y or ±sin y by n mod 4. cos(±∞) = NaN. */
export function cos(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelCos(x, 0);
  if (ix >= 0x7ff00000) return x - x;
  switch (remPio2(x, reduced) & 3) {
    case 0:
      return kernelCos(reduced[0], reduced[1]);
    case 1:
      return -kernelSin(reduced[0], reduced[1], true);
    case 2:
      return -kernelCos(reduced[0], reduced[1]);
    default:
      return kernelSin(reduced[0], reduced[1], true);
  }
}
