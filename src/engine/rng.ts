/** Seeded randomness: mulberry32, Box–Muller Gaussians, uniform ranges and Fisher–Yates, exactly as the fixtures. */

import { cos, log, sin } from './det-math.ts';

/** A seeded source of uniform random numbers. */
export interface Rng {
  /** the next 32-bit unsigned integer */
  nextU32(): number;
  /** u = u32 / 2^32, in [0, 1) */
  uniform(): number;
}

/** A generator whose whole state is one 32-bit number: a probe saves it and puts it back to replay the same draws. */
export interface SeekableRng extends Rng {
  state: number;
}

/** A writable list of numbers: a typed array or a plain array. */
export type NumberList = { length: number; [index: number]: number };

const TWO_POW_32 = 4294967296;

/** The common JS mulberry32; the state wraps at 32 bits (|0), so it never drifts after 2^53 / 0x6D2B79F5 draws. */
export function mulberry32(seed: number): SeekableRng {
  let a = seed | 0;
  const nextU32 = (): number => {
    a = (a + 0x6d2b79f5) | 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return {
    nextU32,
    uniform: () => nextU32() / TWO_POW_32,
    get state() {
      return a;
    },
    set state(value: number) {
      a = value | 0;
    },
  };
}

/**
 * A 32-bit seed for a stream of its own, from a tag and numbers (seeds, a step): each part is folded in with
 * murmur3's 32-bit finaliser, so nearby seeds give unrelated streams. Integer operations only: every engine agrees.
 */
export function deriveSeed(tag: number, ...parts: readonly number[]): number {
  let h = fmix32(tag);
  for (const part of parts) h = fmix32((h ^ fmix32(part >>> 0)) + 0x9e3779b9);
  return h;
}

/** murmur3's fmix32: an invertible mix in which every input bit flips about half the output bits. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** out[i] = scale · z_i, z by Box–Muller in pairs used z0, z1, …; an odd count drops its last z1. */
export function fillGaussian(rng: Rng, out: NumberList, scale = 1): void {
  const n = out.length;
  for (let i = 0; i < n; i += 2) {
    const u1 = rng.uniform();
    const u2 = rng.uniform();
    // r = √(−2 ln(1 − u1)), θ = 2πu2
    const r = Math.sqrt(-2 * log(1 - u1));
    const theta = 2 * Math.PI * u2;
    out[i] = scale * (r * cos(theta));
    if (i + 1 < n) out[i + 1] = scale * (r * sin(theta));
  }
}

/** A stream of standard normals, the same sequence z0, z1, z0, z1, … as fillGaussian. */
export function gaussianSource(rng: Rng): () => number {
  let hasSpare = false;
  let spare = 0;
  return () => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    const r = Math.sqrt(-2 * log(1 - rng.uniform()));
    const theta = 2 * Math.PI * rng.uniform();
    spare = r * sin(theta);
    hasSpare = true;
    return r * cos(theta);
  };
}

/** out[i] = a · (2u − 1), uniform on [−a, a): the torch-default and Xavier draws. */
export function fillSymmetricUniform(rng: Rng, out: NumberList, a: number): void {
  for (let i = 0; i < out.length; i++) out[i] = a * (2 * rng.uniform() - 1);
}

/** low + (high − low) · u, uniform on [low, high). */
export function uniformIn(rng: Rng, low: number, high: number): number {
  return low + (high - low) * rng.uniform();
}

/** ⌊u · n⌋, an integer in 0 … n − 1. */
export function randomInt(rng: Rng, n: number): number {
  return Math.floor(rng.uniform() * n);
}

/** Fisher–Yates: for i = n−1 … 1, j = ⌊u·(i+1)⌋, swap a[i] and a[j]. */
export function shuffleInPlace<T>(rng: Rng, a: { length: number; [index: number]: T }): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng.uniform() * (i + 1));
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
