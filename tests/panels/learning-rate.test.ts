import { describe, expect, it } from 'vitest';
import { LR_MAX_POSITION, lrFromPosition, nudgeLr, positionFromLr } from '../../src/panels/learning-rate.ts';

describe('learning-rate scale', () => {
  it('maps slider positions to 1e-3 … 100, 100 positions a decade', () => {
    expect(lrFromPosition(0)).toBe(0.001);
    expect(lrFromPosition(300)).toBe(1);
    expect(lrFromPosition(LR_MAX_POSITION)).toBe(100);
    expect(LR_MAX_POSITION).toBe(500);
  });

  it('round-trips a rate through its slider position to within half a position (0.005 decades)', () => {
    for (const lr of [0.001, 0.0316, 0.5, 1, 2.5, 100]) {
      expect(Math.abs(Math.log10(lrFromPosition(positionFromLr(lr)) / lr))).toBeLessThanOrEqual(0.006);
    }
  });

  it('puts rates outside the range at the ends', () => {
    expect(positionFromLr(1e-6)).toBe(0);
    expect(positionFromLr(1000)).toBe(LR_MAX_POSITION);
  });

  it('nudges along quarter decades and back to where it started', () => {
    expect(nudgeLr(1, 1)).toBe(1.78);
    expect(nudgeLr(1.78, 1)).toBe(3.16);
    expect(nudgeLr(3.16, -1)).toBe(1.78);
    expect(nudgeLr(nudgeLr(1, -1), 1)).toBe(1);
  });

  it('snaps a rate between grid points to the next one in that direction, and stops at the ends', () => {
    expect(nudgeLr(0.7, 1)).toBe(1);
    expect(nudgeLr(0.7, -1)).toBe(0.562);
    expect(nudgeLr(100, 1)).toBe(100);
    expect(nudgeLr(0.001, -1)).toBe(0.001);
  });
});
