import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/dataset.ts';
import { makeSynthetic, SYNTHETIC_CLASSES, type SyntheticName } from '../../src/data/synthetic.ts';
import { mulberry32 } from '../../src/engine/rng.ts';

const NAMES: readonly SyntheticName[] = ['moons', 'spiral', 'blobs'];
const options = { inputDim: 5, trainSize: 300, testSize: 120 };

function counts(y: Uint8Array, classes: number): number[] {
  const c = new Array<number>(classes).fill(0);
  for (const label of y) c[label]++;
  return c;
}

/** Fraction of test rows whose nearest train row in dims 0–1 has the same label. */
function nearestNeighbourAccuracy(data: Dataset): number {
  const d = data.inputSize;
  const { train, test } = data;
  let correct = 0;
  for (let i = 0; i < test.rows; i++) {
    let best = Infinity;
    let label = -1;
    for (let j = 0; j < train.rows; j++) {
      const dist = Math.hypot(test.x[i * d] - train.x[j * d], test.x[i * d + 1] - train.x[j * d + 1]);
      if (dist < best) [best, label] = [dist, train.y[j]];
    }
    if (label === test.y[i]) correct++;
  }
  return correct / test.rows;
}

describe.each(NAMES)('makeSynthetic %s', (name) => {
  it('has the requested shapes', () => {
    const data = makeSynthetic(name, options, mulberry32(2));
    expect([data.name, data.inputSize, data.classes]).toEqual([name, 5, SYNTHETIC_CLASSES[name]]);
    expect([data.train.rows, data.train.x.length, data.train.y.length]).toEqual([300, 1500, 300]);
    expect([data.test.rows, data.test.x.length, data.test.y.length]).toEqual([120, 600, 120]);
    expect(data.image).toBeUndefined();
    expect(data.train.x.every(Number.isFinite)).toBe(true);
  });

  it('is the same for the same seed and different for another', () => {
    const a = makeSynthetic(name, options, mulberry32(2));
    const b = makeSynthetic(name, options, mulberry32(2));
    const c = makeSynthetic(name, options, mulberry32(3));
    expect(b.train.x).toEqual(a.train.x);
    expect(b.test.x).toEqual(a.test.x);
    expect(b.train.y).toEqual(a.train.y);
    expect(c.train.x).not.toEqual(a.train.x);
  });

  it('balances the classes in every split and in any prefix', () => {
    const data = makeSynthetic(name, options, mulberry32(2));
    const k = data.classes;
    expect(counts(data.train.y, k)).toEqual(new Array(k).fill(300 / k));
    expect(counts(data.test.y, k)).toEqual(new Array(k).fill(120 / k));
    expect(counts(data.test.y.subarray(0, 12), k)).toEqual(new Array(k).fill(12 / k));
  });

  it('is learnable from dims 0–1: 1-nearest-neighbour test accuracy above 85 %', () => {
    const data = makeSynthetic(name, { ...options, trainSize: 3000 }, mulberry32(5));
    expect(nearestNeighbourAccuracy(data)).toBeGreaterThan(0.85);
  });

  it('with noise 0 puts every extra dim on a fixed projection of dims 0–1', () => {
    const data = makeSynthetic(name, { ...options, noise: 0 }, mulberry32(9));
    const { x } = data.train;
    // fit extra dim 2 = a·x0 + b·x1 from rows 0 and 1, then check row 2
    const [r0, r1, r2] = [0, 1, 2].map((i) => x.subarray(i * 5, i * 5 + 5));
    const det = r0[0] * r1[1] - r0[1] * r1[0];
    const a = (r0[2] * r1[1] - r0[1] * r1[2]) / det;
    const b = (r0[0] * r1[2] - r0[2] * r1[0]) / det;
    expect(Math.hypot(a, b)).toBeCloseTo(1, 4);
    expect(r2[2]).toBeCloseTo(a * r2[0] + b * r2[1], 4);
  });
});

describe('makeSynthetic geometry', () => {
  it('noise-free moons lie on the two unit half-circles', () => {
    const { train } = makeSynthetic('moons', { inputDim: 2, trainSize: 200, testSize: 2, noise: 0 }, mulberry32(1));
    for (let i = 0; i < train.rows; i++) {
      const [u, v] = [train.x[2 * i], train.x[2 * i + 1]];
      const centre = train.y[i] === 0 ? [-0.5, -0.25] : [0.5, 0.25];
      expect(Math.hypot(u - centre[0], v - centre[1])).toBeCloseTo(1, 5);
      expect(train.y[i] === 0 ? v >= -0.25 - 1e-6 : v <= 0.25 + 1e-6).toBe(true);
    }
  });

  it('noise-free blobs sit on the corners (±1, ±1)', () => {
    const { train } = makeSynthetic('blobs', { inputDim: 2, trainSize: 4, testSize: 4, noise: 0 }, mulberry32(1));
    expect(Array.from(train.x, (v) => Math.round(v * 1e6) / 1e6 + 0)).toEqual([1, 1, -1, 1, -1, -1, 1, -1]);
  });

  it('noise-free spiral points have radius 2t within [0, 2)', () => {
    const { train } = makeSynthetic('spiral', { inputDim: 2, trainSize: 300, testSize: 3, noise: 0 }, mulberry32(4));
    for (let i = 0; i < train.rows; i++) expect(Math.hypot(train.x[2 * i], train.x[2 * i + 1])).toBeLessThan(2);
  });
});

describe('makeSynthetic input checks', () => {
  const rng = mulberry32(1);
  it.each([
    [{ inputDim: 1, trainSize: 10, testSize: 10 }, /inputDim ≥ 2, got 1/],
    [{ inputDim: 2.5, trainSize: 10, testSize: 10 }, /inputDim ≥ 2, got 2.5/],
    [{ inputDim: 2, trainSize: 0, testSize: 10 }, /trainSize ≥ 1, got 0/],
    [{ inputDim: 2, trainSize: 10, testSize: -1 }, /testSize ≥ 1, got -1/],
    [{ inputDim: 2, trainSize: 10, testSize: 10, noise: -0.1 }, /noise ≥ 0, got -0.1/],
    [{ inputDim: 2, trainSize: 10, testSize: 10, noise: Number.NaN }, /noise ≥ 0, got NaN/],
  ])('rejects %o', (opts, message) => {
    expect(() => makeSynthetic('moons', opts, rng)).toThrow(message);
  });

  it('rejects an unknown set name', () => {
    expect(() => makeSynthetic('toString' as SyntheticName, options, rng)).toThrow(/unknown set "toString"/);
  });
});
