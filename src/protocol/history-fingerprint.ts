/**
 * A run's fingerprint: 16 hex digits that change when any number of any probe changes. The same link trains to the
 * same bits in every browser and in Node, so a hall of screens (or a CLI run) can be checked at a glance.
 *
 * Each probe is written as canonical JSON — object keys sorted, typed arrays as arrays, NaN and ±∞ as null (as the
 * `--out` files write them) — whose number formatting ECMAScript fixes exactly, so equal doubles give equal text.
 * A probe's fingerprint is the 64-bit FNV-1a of that text's UTF-8 bytes; the run's is the FNV-1a of the canonical
 * JSON of { net name: [its probes' fingerprints] }. Probes are immutable, so each is hashed once.
 */

import type { ProbeRecord, RunHistory } from './history.ts';

/** 64-bit FNV offset basis 0xcbf29ce484222325, as two 32-bit halves. */
const OFFSET_HI = 0xcbf29ce4;
const OFFSET_LO = 0x84222325;
/** The 64-bit FNV prime is 2⁴⁰ + 0x1b3: x·prime = x·0x1b3 + (x << 40). */
const PRIME_LOW_BITS = 0x1b3;
const TWO_32 = 2 ** 32;

const utf8 = new TextEncoder();

/** FNV-1a, 64-bit, of the UTF-8 bytes of a text, as 16 lower-case hex digits. */
export function fnv1a64(text: string): string {
  let hi = OFFSET_HI;
  let lo = OFFSET_LO;
  for (const byte of utf8.encode(text)) {
    lo = (lo ^ byte) >>> 0;
    // (hi·2³² + lo)·(2⁴⁰ + 0x1b3) mod 2⁶⁴; lo·0x1b3 < 2⁴¹ is exact in a double
    const low = lo * PRIME_LOW_BITS;
    const carry = Math.floor(low / TWO_32);
    hi = (Math.imul(hi, PRIME_LOW_BITS) + (lo << 8) + carry) >>> 0;
    lo = low >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

function isNumberView(value: object): value is ArrayLike<number> {
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}

/** JSON with sorted keys, typed arrays as arrays and non-finite numbers as null; undefined fields are left out. */
export function canonicalJson(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (value === null || typeof value !== 'object') return 'null';
  if (isNumberView(value)) return canonicalJson(Array.from(value));
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

const probeHashes = new WeakMap<ProbeRecord, string>();

/** One probe's fingerprint: FNV-1a 64 of its canonical JSON (computed once per record). */
export function probeFingerprint(probe: ProbeRecord): string {
  let hash = probeHashes.get(probe);
  if (hash === undefined) {
    hash = fnv1a64(canonicalJson(probe));
    probeHashes.set(probe, hash);
  }
  return hash;
}

/** The fingerprint of every probe of every net, e.g. `9f3a04be77d1c21b`. */
export function historyFingerprint(probes: Readonly<Record<string, readonly ProbeRecord[]>>): string {
  const byNet = Object.fromEntries(
    Object.entries(probes).map(([name, records]) => [name, records.map(probeFingerprint)]),
  );
  return fnv1a64(canonicalJson(byNet));
}

/** historyFingerprint of a run's history: every net's probes. */
export function runFingerprint(history: RunHistory): string {
  return historyFingerprint(Object.fromEntries(Object.entries(history.nets).map(([name, net]) => [name, net.probes])));
}
