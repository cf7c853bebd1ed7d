/**
 * Payne–Hanek reduction for |x| > 2^20·π/2, where π/2 in 33-bit pieces runs out of bits: the fraction of
 * x·(2/π) from a 396-hex-digit 2/π in 24-bit pieces, skipping the pieces whose product is a multiple of 8.
 * A port of fdlibm 5.3's k_rem_pio2.c (__kernel_rem_pio2) for prec = 2, the case e_rem_pio2.c uses; constants are
 * the hex values fdlibm gives.
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

import { fromWords } from './float64-words.ts';

const TWO24 = 16777216; // 0x41700000 0x00000000
const TWON24 = 5.960464477539063e-8; // 0x3e700000 0x00000000

/** 2/π in 24-bit pieces after the binary point: 396 hex digits, enough for any float64. */
const TWO_OVER_PI = new Int32Array([
  0xa2f983, 0x6e4e44, 0x1529fc, 0x2757d1, 0xf534dd, 0xc0db62, 0x95993c, 0x439041, 0xfe5163, 0xabdebb, 0xc561b7,
  0x246e3a, 0x424dd2, 0xe00649, 0x2eea09, 0xd1921c, 0xfe1deb, 0x1cb129, 0xa73ee8, 0x8235f5, 0x2ebb44, 0x84e99c,
  0x7026b4, 0x5f7e41, 0x3991d6, 0x398353, 0x39f49c, 0x845f8b, 0xbdf928, 0x3b1ff8, 0x97ffde, 0x05980f, 0xef2f11,
  0x8b5a0a, 0x6d1f6d, 0x367ecf, 0x27cb09, 0xb74f46, 0x3f669e, 0x5fea2d, 0x7527ba, 0xc7ebe5, 0xf17b3d, 0x0739f7,
  0x8a5292, 0xea6bfb, 0x5fb11f, 0x8d5d08, 0x560330, 0x46fc7b, 0x6babf0, 0xcfbc20, 0x9af436, 0x1da9e3, 0x91615e,
  0xe61b08, 0x659985, 0x5f14a0, 0x68408d, 0xffd880, 0x4d7327, 0x310606, 0x1556ca, 0x73a8c9, 0x60e27b, 0xc08c6b,
]);

/** π/2 in 24-bit pieces, for the Payne–Hanek product. */
const PIO2_24 = Float64Array.of(
  1.570796251296997, // 0x3ff921fb 0x40000000
  7.549789415861596e-8, // 0x3e74442d 0x00000000
  5.390302529957765e-15, // 0x3cf84698 0x80000000
  3.282003415807913e-22, // 0x3b78cc51 0x60000000
  1.270655753080676e-29, // 0x39f01b83 0x80000000
  1.2293330898111133e-36, // 0x387a2520 0x40000000
  2.7337005381646456e-44, // 0x36e38222 0x80000000
  2.1674168387780482e-51, // 0x3569f31d 0x00000000
);

/** jk of k_rem_pio2.c for prec = 2 (64 bits), what e_rem_pio2.c asks for: jk + 1 initial pieces of 2/π. */
const JK = 4;

// The working storage, allocated once: fdlibm's locals of the same names.
const f = new Float64Array(20);
const q = new Float64Array(20);
const fq = new Float64Array(20);
const iq = new Int32Array(20);

/** 2^k for an integer k in −1022…1023, built from its exponent bits. */
function pow2(k: number): number {
  return fromWords((k + 1023) << 20, 0);
}

/** q[i] = Σⱼ x[j]·f[jx + i − j]: the i-th 24-bit column of the product x·(2/π). */
function column(x: Float64Array, i: number, jx: number): number {
  let fw = 0;
  for (let j = 0; j <= jx; j++) fw += x[j] * f[jx + i - j];
  return fw;
}

/**
 * __kernel_rem_pio2(x, y, e0, nx, 2, two_over_pi) for the positive value Σ x[i]·2^(e0 − 24i), x[i] integers below
 * 2^24 (nx of them): writes its remainder mod π/2 into y[0] + y[1] and returns n mod 8.
 */
export function kernelRemPio2(x: Float64Array, e0: number, nx: number, y: Float64Array): number {
  const jx = nx - 1;
  const jv = Math.max(0, ((e0 - 3) / 24) | 0);
  const q0 = e0 - 24 * (jv + 1);
  for (let i = 0, j = jv - jx; i <= jx + JK; i++, j++) f[i] = j < 0 ? 0 : TWO_OVER_PI[j];
  for (let i = 0; i <= JK; i++) q[i] = column(x, i, jx);
  let jz = JK;
  let z: number;
  let n: number;
  let ih: number;
  for (;;) {
    // n = the integer part mod 8, z the fraction
    z = distill(jz) * pow2(q0);
    z -= 8 * Math.floor(z * 0.125);
    n = z | 0;
    z -= n;
    ih = 0;
    if (q0 > 0) {
      // iq[jz − 1] still holds bits of the integer part
      const i = iq[jz - 1] >> (24 - q0);
      n += i;
      iq[jz - 1] -= i << (24 - q0);
      ih = iq[jz - 1] >> (23 - q0);
    } else if (q0 === 0) ih = iq[jz - 1] >> 23;
    else if (z >= 0.5) ih = 2;
    if (ih > 0) {
      // fraction ≥ ½: round n up and take 1 − fraction
      n += 1;
      const carry = complement(jz);
      if (q0 === 1) iq[jz - 1] &= 0x7fffff;
      else if (q0 === 2) iq[jz - 1] &= 0x3fffff;
      if (ih === 2) {
        z = 1 - z;
        if (carry !== 0) z -= pow2(q0);
      }
    }
    if (z !== 0) break;
    let j = 0;
    for (let i = jz - 1; i >= JK; i--) j |= iq[i];
    if (j !== 0) break;
    // the fraction cancelled to zero: bring in k more pieces of 2/π and recompute
    let k = 1;
    while (iq[JK - k] === 0) k++;
    for (let i = jz + 1; i <= jz + k; i++) {
      f[jx + i] = TWO_OVER_PI[jv + i];
      q[i] = column(x, i, jx);
    }
    jz += k;
  }
  fractionTimesPio2(z, jz, q0, ih, y);
  return n & 7;
}

/** Splits q[jz…1] into 24-bit integers iq[0…jz − 1], lowest first, carrying upwards; returns q[0] plus the carry. */
function distill(jz: number): number {
  let z = q[jz];
  for (let i = 0, j = jz; j > 0; i++, j--) {
    const fw = (TWON24 * z) | 0;
    iq[i] = (z - TWO24 * fw) | 0;
    z = q[j - 1] + fw;
  }
  return z;
}

/** iq[0…jz − 1] ← 2^(24·jz) − iq as 24-bit pieces; returns 1 unless every piece was zero. */
function complement(jz: number): number {
  let carry = 0;
  for (let i = 0; i < jz; i++) {
    const j = iq[i];
    if (carry === 0) {
      if (j !== 0) {
        carry = 1;
        iq[i] = 0x1000000 - j;
      }
    } else iq[i] = 0xffffff - j;
  }
  return carry;
}

/** fraction·π/2 into y[0] + y[1], signed by ih: chop zero pieces, rebuild q, Σ PIO2_24[k]·q[i + k] (prec 2). */
function fractionTimesPio2(z: number, jz: number, q0: number, ih: number, y: Float64Array): void {
  if (z === 0) {
    jz -= 1;
    q0 -= 24;
    while (iq[jz] === 0) {
      jz--;
      q0 -= 24;
    }
  } else {
    z *= pow2(-q0);
    if (z >= TWO24) {
      const fw = (TWON24 * z) | 0;
      iq[jz] = (z - TWO24 * fw) | 0;
      jz += 1;
      q0 += 24;
      iq[jz] = fw;
    } else iq[jz] = z | 0;
  }
  let fw = pow2(q0);
  for (let i = jz; i >= 0; i--) {
    q[i] = fw * iq[i];
    fw *= TWON24;
  }
  for (let i = jz; i >= 0; i--) {
    fw = 0;
    for (let k = 0; k <= JK && k <= jz - i; k++) fw += PIO2_24[k] * q[i + k];
    fq[jz - i] = fw;
  }
  fw = 0;
  for (let i = jz; i >= 0; i--) fw += fq[i];
  y[0] = ih === 0 ? fw : -fw;
  fw = fq[0] - fw;
  for (let i = 1; i <= jz; i++) fw += fq[i];
  y[1] = ih === 0 ? fw : -fw;
}
