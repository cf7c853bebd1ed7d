import { describe, expect, it } from 'vitest';
import {
  LR_MAX_POSITION,
  formatLr,
  lrFromPosition,
  nudgeLr,
  parseLr,
  positionFromLr,
} from '../../src/panels/learning-rate.ts';

const LADDER = [-3, -2, -1, 0, 1].flatMap((d) => [1, 2, 3, 5].map((m) => Number(`${m}e${d}`))).concat(100);

describe('learning-rate ladder', () => {
  it('has one slider position per rung of 1, 2, 3, 5 per decade from 0.001 to 100', () => {
    expect(LR_MAX_POSITION).toBe(20);
    const rungs = Array.from({ length: LR_MAX_POSITION + 1 }, (_, p) => lrFromPosition(p));
    expect(rungs).toEqual(LADDER);
    expect(rungs.slice(8, 14)).toEqual([0.1, 0.2, 0.3, 0.5, 1, 2]);
  });

  it('round-trips every rung through its slider position', () => {
    for (const lr of LADDER) expect(lrFromPosition(positionFromLr(lr))).toBe(lr);
  });

  it('puts a rate between rungs at the nearest one on the log scale, and rates outside the range at the ends', () => {
    expect(lrFromPosition(positionFromLr(0.07))).toBe(0.05);
    expect(lrFromPosition(positionFromLr(0.08))).toBe(0.1);
    expect(lrFromPosition(positionFromLr(30.2))).toBe(30);
    expect(lrFromPosition(positionFromLr(5.01))).toBe(5);
    expect(positionFromLr(1e-6)).toBe(0);
    expect(positionFromLr(1000)).toBe(LR_MAX_POSITION);
  });

  it('nudges along the ladder and back to where it started', () => {
    expect(nudgeLr(1, 1)).toBe(2);
    expect(nudgeLr(2, 1)).toBe(3);
    expect(nudgeLr(3, 1)).toBe(5);
    expect(nudgeLr(5, 1)).toBe(10);
    expect(nudgeLr(0.1, -1)).toBe(0.05);
    expect(nudgeLr(nudgeLr(0.3, -1), 1)).toBe(0.3);
  });

  it('takes a rate a hair off a rung (as 0.1 + 0.2 is) as on it', () => {
    expect(nudgeLr(0.1 + 0.2, 1)).toBe(0.5);
    expect(nudgeLr(0.1 + 0.2, -1)).toBe(0.2);
  });

  it('moves a rate between rungs to the next one in that direction, and stops at the ends', () => {
    expect(nudgeLr(0.07, 1)).toBe(0.1);
    expect(nudgeLr(0.07, -1)).toBe(0.05);
    expect(nudgeLr(100, 1)).toBe(100);
    expect(nudgeLr(0.001, -1)).toBe(0.001);
    expect(nudgeLr(500, 1)).toBe(500);
    expect(nudgeLr(500, -1)).toBe(100);
    expect(nudgeLr(1e-5, 1)).toBe(0.001);
  });

  it('reads a typed rate within the contract’s limits, and nothing else', () => {
    expect(parseLr(' 0.07 ')).toBe(0.07);
    expect(parseLr('1e-6')).toBe(1e-6);
    expect(parseLr('1000')).toBe(1000);
    for (const text of ['', 'fast', '0', '-1', '1001', 'Infinity']) expect(parseLr(text)).toBeNull();
  });

  it('formats a rate with up to six significant digits', () => {
    expect(formatLr(0.07)).toBe('0.07');
    expect(formatLr(0.1 + 0.2)).toBe('0.3');
    expect(formatLr(1e-6)).toBe('0.000001');
    expect(formatLr(0.0123456789)).toBe('0.0123457');
  });
});
