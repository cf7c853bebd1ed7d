import { describe, expect, it } from 'vitest';
import type { RunConfig } from '../../src/protocol/config.ts';
import {
  planSweep,
  sweepGrid,
  sweepJobConfig,
  sweepJobs,
  sweepProbeEvery,
  validateSweep,
  type SweepRequest,
} from '../../src/protocol/sweep.ts';
import { ConfigError } from '../../src/protocol/validate-config.ts';
import { BASE } from './base-config.ts';

const REQUEST: SweepRequest = { kinds: ['none', 'bn'], lrMin: 0.01, lrMax: 100, count: 9, steps: 200 };

function expectRelativelyClose(got: readonly number[], want: readonly number[]) {
  expect(got).toHaveLength(want.length);
  got.forEach((g, i) => expect(Math.abs(g - want[i]) / want[i], `rate ${i}`).toBeLessThan(1e-12));
}

describe('the sweep grid', () => {
  it('puts 9 rates from 0.01 to 100 at every half decade: 0.01, 0.0316, 0.1, …, 100', () => {
    const r = Math.sqrt(10);
    expectRelativelyClose(sweepGrid(0.01, 100, 9), [0.01, 0.01 * r, 0.1, 0.1 * r, 1, r, 10, 10 * r, 100]);
  });

  it('puts 3 rates from 1 to 100 at 1, 10 and 100, and 4 from 1 to 8 at 1, 2, 4, 8', () => {
    expectRelativelyClose(sweepGrid(1, 100, 3), [1, 10, 100]);
    expectRelativelyClose(sweepGrid(1, 8, 4), [1, 2, 4, 8]);
  });

  it('ends exactly on the lowest and highest rate', () => {
    const grid = sweepGrid(0.003, 70, 7);
    expect(grid[0]).toBe(0.003);
    expect(grid[6]).toBe(70);
  });

  it('gives the lowest rate alone for one rate, and the same rate K times when both ends are equal', () => {
    expect(sweepGrid(0.5, 30, 1)).toEqual([0.5]);
    expect(sweepGrid(2, 2, 3)).toEqual([2, 2, 2]);
  });

  it.each([
    [0, 1, 3, /the lowest rate must be between 0.000001 and 1000, got 0/],
    [0.1, 2000, 3, /the highest rate must be between 0.000001 and 1000, got 2000/],
    [1, 0.1, 3, /the highest rate \(0.1\) must not be below the lowest \(1\)/],
    [0.1, 1, 0, /the number of rates must be between 1 and 50, got 0/],
    [0.1, 1, 2.5, /the number of rates must be a whole number, got 2.5/],
    [NaN, 1, 3, /the lowest rate must be a number, got NaN/],
  ])('refuses lrMin %s, lrMax %s, K %s with a message naming the problem', (lo, hi, count, message) => {
    expect(() => sweepGrid(lo, hi, count)).toThrow(ConfigError);
    expect(() => sweepGrid(lo, hi, count)).toThrow(message);
  });
});

describe('the sweep jobs', () => {
  it('run every kind at every rate, kind by kind as listed, each kind’s rates ascending, indexed by position', () => {
    const jobs = sweepJobs(['bn', 'none', 'noisy-bn'], [0.1, 1]);
    expect(jobs).toEqual([
      { index: 0, norm: 'bn', lr: 0.1 },
      { index: 1, norm: 'bn', lr: 1 },
      { index: 2, norm: 'none', lr: 0.1 },
      { index: 3, norm: 'none', lr: 1 },
      { index: 4, norm: 'noisy-bn', lr: 0.1 },
      { index: 5, norm: 'noisy-bn', lr: 1 },
    ]);
  });

  it('are laid out by planSweep from the request, for the validated base config', () => {
    const plan = planSweep(BASE, { ...REQUEST, count: 3, lrMin: 1 });
    expect(plan.grid).toHaveLength(3);
    expect(plan.jobs.map((j) => [j.norm, j.lr])).toEqual(
      ['none', 'bn'].flatMap((norm) => plan.grid.map((lr) => [norm, lr])),
    );
    expect(plan.config).toEqual(BASE);
  });
});

describe('a sweep request', () => {
  it.each([
    [{ kinds: [] }, /a sweep needs at least one kind of net/],
    [{ kinds: ['none', 'none'] }, /each kind is swept once, but none is listed twice/],
    [
      { kinds: ['none', 'layer-norm'] },
      /a kind of net is one of none, bn, bn-fixed, center-stopgrad, noisy-bn, got layer-norm/,
    ],
    [{ steps: 0 }, /the steps of each run must be between 1 and 1000000, got 0/],
    [{ steps: 10.5 }, /the steps of each run must be a whole number, got 10.5/],
    [{ lrMin: 10, lrMax: 1 }, /the highest rate \(1\) must not be below the lowest \(10\)/],
  ] as [Partial<SweepRequest>, RegExp][])('%j is refused, saying why', (change, message) => {
    expect(() => validateSweep({ ...REQUEST, ...change })).toThrow(message);
  });

  it('over a base config that is not valid is refused by planSweep with the config’s own message', () => {
    expect(() => planSweep({ ...BASE, hidden: [16, 0] }, REQUEST)).toThrow(/width of hidden layer 2/);
  });

  it('may list all five kinds, though a run has at most four nets', () => {
    const kinds = ['none', 'bn', 'bn-fixed', 'center-stopgrad', 'noisy-bn'] as const;
    expect(planSweep(BASE, { ...REQUEST, kinds, count: 2 }).jobs).toHaveLength(10);
  });
});

describe('the config of one run of a sweep', () => {
  const base: RunConfig = {
    ...BASE,
    measure: { shift: true, ics: false, landscape: true },
    events: [{ step: 10, type: 'scale', layer: 1, factor: 2 }],
    nets: [{ name: 'plain', norm: 'none', lr: 7 }],
  };

  it('is the base config with one net of the kind at the rate, the sweep’s steps and probes, no events or measures', () => {
    const config = sweepJobConfig(base, 'noisy-bn', 3, 250);
    const { events: _e, measure: _m, nets: _n, lr: _lr, steps: _s, probeEvery: _p, ...same } = base;
    expect(config).toEqual({
      ...same,
      nets: [{ name: 'noisy-bn', norm: 'noisy-bn' }],
      lr: 3,
      steps: 250,
      probeEvery: 25,
    });
  });

  it('names a plain net plain, as the lab does', () => {
    expect(sweepJobConfig(base, 'none', 1, 10).nets).toEqual([{ name: 'plain', norm: 'none' }]);
  });

  it('probes every tenth of the run, rounded up, and at least every step', () => {
    expect([1, 9, 10, 11, 2000, 2001].map(sweepProbeEvery)).toEqual([1, 1, 1, 2, 200, 201]);
  });
});
