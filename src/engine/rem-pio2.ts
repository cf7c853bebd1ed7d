/**
 * x mod π/2 for sin and cos: x = n·π/2 + (y₀ + y₁) with |y₀ + y₁| ≤ π/4, y₁ the tail of y₀, in float64 operations
 * alone, so every engine gets the same bits. A port of fdlibm 5.3's e_rem_pio2.c (__ieee754_rem_pio2: Cody–Waite
 * with π/2 in three 33-bit pieces up to |x| ≈ 2^20·π/2) and k_rem_pio2.c (__kernel_rem_pio2: Payne–Hanek with 2/π
 * in 24-bit pieces beyond, in kernel-rem-pio2.ts), each constant the hex value fdlibm gives.
 */

/*
 * fdlibm's notice, as it asks:
 * ====================================================
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 *
 * Developed at SunSoft, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * ====================================================
 */

import { fromWords, highWord, lowWord } from './float64-words.ts';
import { kernelRemPio2 } from './kernel-rem-pio2.ts';

const INV_PIO2 = 6.366197723675814e-1; // 0x3fe45f30 0x6dc9c883
/** π/2 = PIO2_1 + PIO2_2 + PIO2_3 + PIO2_3T in 33-bit pieces; PIO2_kT is the rest after piece k */
const PIO2_1 = 1.5707963267341256; // 0x3ff921fb 0x54400000
const PIO2_1T = 6.077100506506192e-11; // 0x3dd0b461 0x1a626331
const PIO2_2 = 6.077100506303966e-11; // 0x3dd0b461 0x1a600000
const PIO2_2T = 2.0222662487959506e-21; // 0x3ba3198a 0x2e037073
const PIO2_3 = 2.0222662487111665e-21; // 0x3ba3198a 0x2e000000
const PIO2_3T = 8.4784276603689e-32; // 0x397b839a 0x252049c1
const TWO24 = 16777216; // 0x41700000 0x00000000

/** High words of n·π/2 for n = 1…32: an x sharing one may lose bits to cancellation in the first round. */
const NPIO2_HW = new Int32Array([
  0x3ff921fb, 0x400921fb, 0x4012d97c, 0x401921fb, 0x401f6a7a, 0x4022d97c, 0x4025fdbb, 0x402921fb, 0x402c463a,
  0x402f6a7a, 0x4031475c, 0x4032d97c, 0x40346b9c, 0x4035fdbb, 0x40378fdb, 0x403921fb, 0x403ab41b, 0x403c463a,
  0x403dd85a, 0x403f6a7a, 0x40407e4c, 0x4041475c, 0x4042106c, 0x4042d97c, 0x4043a28c, 0x40446b9c, 0x404534ac,
  0x4045fdbb, 0x4046c6cb, 0x40478fdb, 0x404858eb, 0x404921fb,
]);

/** |x| as three 24-bit pieces for Payne–Hanek, allocated once. */
const tx = new Float64Array(3);

/** Writes x − n·π/2 into y (y[0] + y[1], |y| ≤ π/4 up to rounding) and returns n; ±∞ and NaN give NaN and 0. */
export function remPio2(x: number, y: Float64Array): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    // |x| ≲ π/4: nothing to reduce
    y[0] = x;
    y[1] = 0;
    return 0;
  }
  if (ix < 0x4002d97c) return reduceByOne(x, y, hx > 0 ? 1 : -1, ix === 0x3ff921fb);
  if (ix <= 0x413921fb) return reduceMedium(x, y, hx, ix);
  if (ix >= 0x7ff00000) {
    y[0] = y[1] = x - x;
    return 0;
  }
  return reduceLarge(x, y, hx, ix);
}

/** |x| < 3π/4, n = ±1: 33 + 53 bits of π/2 suffice, 33 + 33 + 53 where x shares π/2's high word. */
function reduceByOne(x: number, y: Float64Array, sign: 1 | -1, nearPio2: boolean): number {
  let z = x - sign * PIO2_1;
  const tail = nearPio2 ? PIO2_2T : PIO2_1T;
  if (nearPio2) z -= sign * PIO2_2;
  y[0] = z - sign * tail;
  y[1] = z - y[0] - sign * tail;
  return sign;
}

/** |x| ≲ 2^20·π/2: n = round(|x|·2/π), then |x| − n·π/2 in up to three rounds of 33 more bits of π/2. */
function reduceMedium(x: number, y: Float64Array, hx: number, ix: number): number {
  const t = Math.abs(x);
  const n = (t * INV_PIO2 + 0.5) | 0;
  let r = t - n * PIO2_1;
  let w = n * PIO2_1T; // the first round is good to 85 bits
  let y0 = r - w;
  if (n >= 32 || ix === NPIO2_HW[n - 1]) {
    // exponent bits lost to cancellation decide whether another round is needed
    const j = ix >> 20;
    if (j - ((highWord(y0) >> 20) & 0x7ff) > 16) {
      let s = r;
      w = n * PIO2_2;
      r = s - w;
      w = n * PIO2_2T - (s - r - w); // good to 118 bits
      y0 = r - w;
      if (j - ((highWord(y0) >> 20) & 0x7ff) > 49) {
        s = r;
        w = n * PIO2_3;
        r = s - w;
        w = n * PIO2_3T - (s - r - w); // good to 151 bits: enough for every float64
        y0 = r - w;
      }
    }
  }
  const y1 = r - y0 - w;
  const sign = hx < 0 ? -1 : 1;
  y[0] = sign * y0;
  y[1] = sign * y1;
  return sign * n;
}

/** |x| > 2^20·π/2: |x| as three 24-bit pieces times 2^e0, handed to Payne–Hanek. */
function reduceLarge(x: number, y: Float64Array, hx: number, ix: number): number {
  // z = |x|·2^−e0 in [2^23, 2^24), e0 = ilogb(x) − 23
  const e0 = (ix >> 20) - 1046;
  let z = fromWords(ix - (e0 << 20), lowWord(x));
  for (let i = 0; i < 2; i++) {
    tx[i] = z | 0;
    z = (z - tx[i]) * TWO24;
  }
  tx[2] = z;
  let nx = 3;
  while (tx[nx - 1] === 0) nx--;
  const n = kernelRemPio2(tx, e0, nx, y);
  if (hx >= 0) return n;
  y[0] = -y[0];
  y[1] = -y[1];
  return -n;
}
