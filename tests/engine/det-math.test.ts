/** det-math against correctly rounded references (scripts/det-math-reference.py, Python's decimal) and IEEE's edges. */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cos, exp, log, sin, tanh } from '../../src/engine/det-math.ts';
import { loadFixture } from './fixtures.ts';

/** [input, correctly rounded result], each as the 16 hex digits of its float64 bits. */
type Pairs = [string, string][];

const reference = loadFixture<Record<'exp' | 'log' | 'tanh' | 'sin' | 'cos', Pairs>>('det-math-reference.json');
const FUNCTIONS = { exp, log, tanh, sin, cos } as const;
const NAMES = ['exp', 'log', 'tanh', 'sin', 'cos'] as const;

const view = new DataView(new ArrayBuffer(8));

function fromHex(hex: string): number {
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

/** x's place among the float64s: sign-magnitude bits as a signed count, so neighbours differ by 1 and ±0 → 0. */
function ordinal(x: number): bigint {
  view.setFloat64(0, x);
  const bits = view.getBigInt64(0);
  return bits < 0n ? -(bits & 0x7fff_ffff_ffff_ffffn) : bits;
}

/** Ulps between got and want; where want is ±0, ±∞ or NaN only the exact value (sign included) counts. */
function ulpError(got: number, want: number): number {
  if (want === 0 || !Number.isFinite(want)) return Object.is(got, want) ? 0 : Infinity;
  if (!Number.isFinite(got)) return Infinity;
  const d = ordinal(got) - ordinal(want);
  return Number(d < 0n ? -d : d);
}

describe('det-math against correctly rounded references', () => {
  it.each(NAMES)('%s is within 1 ulp everywhere on its grid, and exact where the result is ±0, ±∞ or NaN', (name) => {
    const f = FUNCTIONS[name];
    let worst = { error: 0, detail: '' };
    for (const [xHex, wantHex] of reference[name]) {
      const x = fromHex(xHex);
      const got = f(x);
      const want = fromHex(wantHex);
      const error = ulpError(got, want);
      if (error > worst.error) worst = { error, detail: `${name}(${x}) = ${got}, expected ${want}` };
    }
    expect(reference[name].length).toBeGreaterThan(300);
    expect(worst.error, worst.detail).toBeLessThanOrEqual(1);
  });

  it('the grids reach the edges: subnormal results of exp, subnormal inputs of log, Payne–Hanek sizes for sin', () => {
    const inputs = (name: (typeof NAMES)[number]) => reference[name].map(([x]) => fromHex(x));
    const outputs = (name: (typeof NAMES)[number]) => reference[name].map(([, y]) => fromHex(y));
    expect(outputs('exp').some((y) => y > 0 && y < 2 ** -1022)).toBe(true);
    expect(inputs('log').some((x) => x > 0 && x < 2 ** -1022)).toBe(true);
    expect(inputs('sin').some((x) => x > 1e300)).toBe(true);
  });
});

describe('det-math at the IEEE special cases', () => {
  const cases: [string, number, number, (x: number) => number][] = [
    ['exp', NaN, NaN, exp],
    ['exp', Infinity, Infinity, exp],
    ['exp', -Infinity, 0, exp],
    ['exp', 0, 1, exp],
    ['exp', -0, 1, exp],
    ['exp', 709.7827128933841, Infinity, exp],
    ['exp', -745.1332191019412, 0, exp],
    ['exp', -745.1332191019411, 5e-324, exp],
    ['log', NaN, NaN, log],
    ['log', 0, -Infinity, log],
    ['log', -0, -Infinity, log],
    ['log', -1, NaN, log],
    ['log', -Infinity, NaN, log],
    ['log', Infinity, Infinity, log],
    ['log', 1, 0, log],
    ['tanh', NaN, NaN, tanh],
    ['tanh', 0, 0, tanh],
    ['tanh', -0, -0, tanh],
    ['tanh', Infinity, 1, tanh],
    ['tanh', -Infinity, -1, tanh],
    ['tanh', 1e-300, 1e-300, tanh],
    ['tanh', -5e-324, -5e-324, tanh],
    ['tanh', 22.5, 1, tanh],
    ['tanh', -1000, -1, tanh],
    ['sin', NaN, NaN, sin],
    ['sin', 0, 0, sin],
    ['sin', -0, -0, sin],
    ['sin', Infinity, NaN, sin],
    ['sin', -Infinity, NaN, sin],
    ['sin', 1e-300, 1e-300, sin],
    ['cos', NaN, NaN, cos],
    ['cos', 0, 1, cos],
    ['cos', -0, 1, cos],
    ['cos', Infinity, NaN, cos],
    ['cos', -Infinity, NaN, cos],
  ];
  it.each(cases)('%s(%s) is exactly %s', (_name, x, want, f) => {
    expect(Object.is(f(x), want)).toBe(true);
  });

  it('log of the smallest subnormal, 2^−1074, is −1074·ln 2 to within 1 ulp', () => {
    expect(ulpError(log(5e-324), -744.4400719213812)).toBeLessThanOrEqual(1);
  });
});

describe('det-math is pure', () => {
  it('every function gives the same bits when the reference grids are run again in reverse, interleaved', () => {
    const first = NAMES.map((name) => reference[name].map(([x]) => FUNCTIONS[name](fromHex(x))));
    const longest = Math.max(...NAMES.map((name) => reference[name].length));
    for (let i = longest - 1; i >= 0; i--) {
      for (let k = NAMES.length - 1; k >= 0; k--) {
        const row = reference[NAMES[k]][i];
        if (row !== undefined) expect(Object.is(FUNCTIONS[NAMES[k]](fromHex(row[0])), first[k][i])).toBe(true);
      }
    }
  });
});

describe('the fdlibm constants', () => {
  // `NAME = 1.23e-4; // 0x3f2a01a0 0x19c161d5` and table rows `1.23e-4, // 0x… 0x…`
  const constant = /(-?\d[\d.]*(?:e[+-]?\d+)?)[;,] \/\/ 0x([0-9a-f]{8}) 0x([0-9a-f]{8})/g;
  const files = { 'det-math.ts': 37, 'rem-pio2.ts': 8, 'kernel-rem-pio2.ts': 10 };

  it.each(Object.entries(files))(
    'every decimal constant in %s is exactly the float64 of fdlibm’s hex words',
    (file, count) => {
      const source = readFileSync(new URL(`../../src/engine/${file}`, import.meta.url), 'utf8');
      const found = [...source.matchAll(constant)];
      expect(found.length).toBe(count);
      for (const [, decimal, high, low] of found) {
        view.setUint32(0, parseInt(high, 16));
        view.setUint32(4, parseInt(low, 16));
        expect(Number(decimal), `${decimal} vs 0x${high} 0x${low}`).toBe(view.getFloat64(0));
      }
    },
  );
});
