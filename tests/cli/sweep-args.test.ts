import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseSweepArgs } from '../../src/cli/sweep-args.ts';
import { PRESETS } from '../../src/lab/presets.ts';
import { sweepGrid } from '../../src/protocol/sweep.ts';

describe('the flags of npm run lab -- sweep', () => {
  it('default to the issue’s sweep: plain and BN at 9 rates from 0.01 to 100, 2,000 steps each, on every core', () => {
    const { plan, workers, backend, out, quiet } = parseSweepArgs([]);
    expect(plan.request).toEqual({ kinds: ['none', 'bn'], lrMin: 0.01, lrMax: 100, count: 9, steps: 2000 });
    expect(plan.grid).toEqual(sweepGrid(0.01, 100, 9));
    expect(plan.config).toEqual(PRESETS['paper-fig1']);
    expect([workers, backend, out, quiet]).toEqual([availableParallelism(), 'wasm', undefined, false]);
  });

  it('sweep the kinds of a scene’s nets, each once, and no longer than the scene runs', () => {
    expect(parseSweepArgs(['--scene', 'santurkar']).plan.request.kinds).toEqual(['none', 'bn', 'noisy-bn']);
    expect(parseSweepArgs(['--scene', 'center-trap']).plan.request.kinds).toEqual(['center-stopgrad', 'bn', 'none']);
    expect(parseSweepArgs(['--preset', 'moons-quick']).plan.request.steps).toBe(300);
  });

  it('apply the network, data and training flags of a run to the base config', () => {
    const { plan } = parseSweepArgs([
      '--dataset',
      'spiral',
      '--hidden',
      '8,8',
      '--batch',
      '10',
      '--seed',
      '5',
      '--data-seed',
      '6',
      '--probe-size',
      '100',
    ]);
    expect(plan.config).toMatchObject({
      dataset: 'spiral',
      hidden: [8, 8],
      batchSize: 10,
      initSeed: 5,
      dataSeed: 6,
      probeSize: 100,
    });
  });

  it('take the rates, count, steps, kinds and workers given, and the TypeScript kernels', () => {
    const options = parseSweepArgs([
      '--nets',
      'bn-fixed,none',
      '--lr-min',
      '1e-3',
      '--lr-max=10',
      '--count',
      '5',
      '--steps',
      '70',
      '--workers',
      '3',
    ]);
    expect(options.plan.request).toEqual({ kinds: ['bn-fixed', 'none'], lrMin: 0.001, lrMax: 10, count: 5, steps: 70 });
    expect(options.workers).toBe(3);
    expect(parseSweepArgs(['--backend', 'ts']).backend).toBe('ts');
  });
});
