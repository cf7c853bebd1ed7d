import { describe, expect, it } from 'vitest';
import type { ProbeRecord } from '../../src/protocol/history.ts';
import {
  canonicalJson,
  fnv1a64,
  historyFingerprint,
  probeFingerprint,
} from '../../src/protocol/history-fingerprint.ts';

const MASK_64 = (1n << 64n) - 1n;
const OFFSET = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;

/** FNV-1a 64 spelled out in BigInt, byte by byte: h = (h ⊕ byte) · prime mod 2⁶⁴. */
function byHand(bytes: readonly number[]): string {
  const hash = bytes.reduce((h, byte) => ((h ^ BigInt(byte)) * PRIME) & MASK_64, OFFSET);
  return hash.toString(16).padStart(16, '0');
}

/** The same probe, with the last bit of one number flipped. */
function lastBitFlipped(x: number): number {
  const bits = new Float64Array([x]);
  new BigUint64Array(bits.buffer)[0] ^= 1n;
  return bits[0];
}

function probe(testLoss: number, p50 = Float64Array.of(0.5, -1.25)): ProbeRecord {
  return {
    step: 100,
    trainLoss: NaN,
    testLoss,
    testAccuracy: 0.875,
    predictions: Uint8Array.of(3, 1, 4),
    stalled: false,
    layers: [
      {
        histogram: { edges: Float64Array.of(-8, 0, 8), counts: Uint32Array.of(7, 9) },
        percentiles: { p15: Float64Array.of(0, -2), p50, p85: Float64Array.of(1, 0) },
        saturation: 0.25,
        meanDerivative: 0.1875,
        gradNorm: { b: 0.5, W: 2 },
        updateRatio: { W: 1e-3, b: 2e-3 },
        biasNorm: null,
        weightNorm: 10,
      },
    ],
  };
}

describe('fnv1a64', () => {
  it('gives the offset basis for the empty text and the published values of "a" and "foobar"', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('matches the byte-by-byte BigInt computation on short texts, multi-byte UTF-8 included', () => {
    for (const text of ['0', '[1,2]', '{"p50":[0.5,-1.25]}', 'σ·γ', '\u{1F600}x']) {
      expect(fnv1a64(text), text).toBe(byHand([...new TextEncoder().encode(text)]));
    }
  });

  it('matches it on a long text, where the high half and the carry wrap many times', () => {
    const text = Array.from({ length: 3000 }, (_, i) => String.fromCharCode(32 + ((i * 37) % 95))).join('');
    expect(fnv1a64(text)).toBe(byHand([...new TextEncoder().encode(text)]));
  });
});

describe('canonicalJson', () => {
  it('sorts keys, writes typed arrays as arrays, NaN and ±∞ as null, and leaves out undefined fields', () => {
    const value = { z: Float32Array.of(0.5, Infinity), a: [NaN, -0, 1e21], m: undefined, b: { y: true, x: 'σ' } };
    expect(canonicalJson(value)).toBe('{"a":[null,0,1e+21],"b":{"x":"σ","y":true},"z":[0.5,null]}');
  });

  it('is the text JSON.stringify gives once keys are sorted and typed arrays are arrays', () => {
    const plain = { a: [0.1, 2 / 3, -5e-324, 1.7976931348623157e308], b: 123456789012 };
    expect(canonicalJson(plain)).toBe(JSON.stringify(plain));
  });
});

describe('historyFingerprint', () => {
  it('is 16 hex digits, the FNV-1a of the net names and their probes’ fingerprints', () => {
    const probes = { plain: [probe(1.5)], bn: [probe(0.75), probe(0.5)] };
    const fingerprint = historyFingerprint(probes);
    expect(fingerprint).toMatch(/^[0-9a-f]{16}$/);
    const [a, b, c] = [probe(1.5), probe(0.75), probe(0.5)].map(probeFingerprint);
    expect(fingerprint).toBe(fnv1a64(`{"bn":["${b}","${c}"],"plain":["${a}"]}`));
  });

  it('does not depend on the order of keys in a record, only on the numbers', () => {
    const record = probe(1.5);
    const reordered = Object.fromEntries(Object.entries(record).reverse()) as unknown as ProbeRecord;
    expect(probeFingerprint(reordered)).toBe(probeFingerprint(record));
    expect(historyFingerprint({ bn: [record], plain: [] })).toBe(historyFingerprint({ plain: [], bn: [reordered] }));
  });

  it('changes when the last bit of one number changes, a scalar or an entry of a typed array', () => {
    const base = historyFingerprint({ plain: [probe(1.5)] });
    expect(historyFingerprint({ plain: [probe(lastBitFlipped(1.5))] })).not.toBe(base);
    expect(historyFingerprint({ plain: [probe(1.5, Float64Array.of(0.5, lastBitFlipped(-1.25)))] })).not.toBe(base);
    expect(historyFingerprint({ plain: [probe(1.5)] })).toBe(base);
  });

  it('changes when a probe is missing or a net is named differently', () => {
    const base = historyFingerprint({ plain: [probe(1.5), probe(1)] });
    expect(historyFingerprint({ plain: [probe(1.5)] })).not.toBe(base);
    expect(historyFingerprint({ 'plain-2': [probe(1.5), probe(1)] })).not.toBe(base);
  });
});
