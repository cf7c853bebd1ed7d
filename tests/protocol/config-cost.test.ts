import { describe, expect, it } from 'vitest';
import { COST_MAX_BYTES, estimateCost, formatBytes, formatFlops } from '../../src/protocol/config-cost.ts';
import type { RunConfig } from '../../src/protocol/config.ts';
import { validateConfig } from '../../src/protocol/validate-config.ts';
import { PRESETS } from '../../src/lab/presets.ts';

const fig1 = PRESETS['paper-fig1'];

describe('estimateCost', () => {
  it('counts 53.1 MFLOP for a paper-fig1 twin step, by hand', () => {
    // weights: 784·100 + 100·100 + 100·100 + 100·10 = 99,400; above the input layer 21,000
    // per net: 2·60·(2·99,400 + 21,000) + 2·99,400 (the update) = 26,574,800
    expect(estimateCost(fig1).flopsPerStep).toBe(2 * 26_574_800);
  });

  it('counts every net, and grows linearly in the batch', () => {
    const one: RunConfig = { ...fig1, nets: [fig1.nets[0]] };
    const update = 2 * 99_400;
    expect(estimateCost(one).flopsPerStep).toBe(26_574_800);
    expect(estimateCost({ ...one, batchSize: 120 }).flopsPerStep - update).toBe(2 * (26_574_800 - update));
  });

  it('counts the bytes of a two-layer synthetic net by hand', () => {
    const c: RunConfig = { ...PRESETS['moons-quick'], hidden: [4], batchSize: 8, probeSize: 0, momentum: 0 };
    // sizes 2-4-2: params 2·4 + 4·2 + 2·4 (b, γ, β) + 2 (b) = 26, value and grad: 52 floats
    // rows = max(8, 500 test samples) = 500; per row 2 + 7·4 + 4·2 + 2·4 = 46 floats
    // data: 2,500 samples × 2 inputs
    expect(estimateCost(c).bytes).toBe(4 * (2 * (52 + 500 * 46) + 2_500 * 2));
  });

  it('says 1.2 GB and 53 MFLOP', () => {
    expect(formatBytes(1.2 * 2 ** 30)).toBe('1.2 GB');
    expect(formatBytes(300 * 2 ** 20)).toBe('300 MB');
    expect(formatFlops(53.1e6)).toBe('53 MFLOP');
    expect(formatFlops(12.34e9)).toBe('12.3 GFLOP');
  });
});

describe('validateConfig and the memory limit', () => {
  it('refuses 6 × 1024 units at batch 2000, naming the memory it would need', () => {
    const huge: RunConfig = { ...fig1, hidden: [1024, 1024, 1024, 1024, 1024, 1024], batchSize: 2000 };
    expect(estimateCost(huge).bytes).toBeGreaterThan(COST_MAX_BYTES);
    expect(() => validateConfig(huge)).toThrow(/needs about \d+ MB of memory, more than the 512 MB the lab allows/);
  });

  it('accepts the largest layers at a small batch', () => {
    const wide: RunConfig = { ...fig1, hidden: [1024, 1024, 1024, 1024, 1024, 1024], batchSize: 60, probeSize: 1000 };
    expect(() => validateConfig(wide)).not.toThrow();
  });
});
