import { describe, expect, it } from 'vitest';
import { datasetFor } from '../../src/lab/dataset-for.ts';
import { runSweepJob, sweepJobHandler } from '../../src/lab/sweep.ts';
import { TwinRun } from '../../src/lab/twin-run.ts';
import type { RunConfig } from '../../src/protocol/config.ts';
import { sweepJobConfig, type FromSweepWorker, type SweepRunResult } from '../../src/protocol/sweep.ts';
import { BASE } from '../protocol/base-config.ts';

/** Two moons, one hidden layer of 8: a run of a few hundred steps takes milliseconds. */
const TINY: RunConfig = {
  ...BASE,
  hidden: [8],
  batchSize: 16,
  initSeed: 3,
  dataSeed: 4,
  steps: 5000,
  probeEvery: 7,
  probeSize: 200,
};
const dataset = datasetFor(TINY, null);

/** The same one-net config run by TwinRun itself: the oracle. */
function directRun(config: RunConfig): TwinRun {
  const run = new TwinRun(config, dataset);
  while (!run.finished) run.advance();
  return run;
}

describe('one run of a sweep', () => {
  it.each([
    ['none', 0.3],
    ['bn', 3],
    ['noisy-bn', 1],
  ] as const)('of %s at lr %s ends as TwinRun’s run of the same one-net config does', (norm, lr) => {
    const result = runSweepJob(TINY, norm, lr, 120, dataset);
    const run = directRun(sweepJobConfig(TINY, norm, lr, 120));
    const net = Object.values(run.history.nets)[0];
    const last = net.probes[net.probes.length - 1];
    expect(last.step).toBe(120);
    expect(result).toEqual({
      norm,
      lr,
      finalTestAccuracy: last.testAccuracy,
      finalTestLoss: last.testLoss,
      finalTrainLoss: last.trainLoss,
      diverged: null,
      stalled: last.stalled,
      steps: 120,
    });
  });

  it('starts from the base config’s initial weights and batches whatever the rate', () => {
    const first = (lr: number) => directRun(sweepJobConfig(TINY, 'none', lr, 1)).history.nets.plain.probes[0];
    expect(first(0.01)).toEqual(first(100));
  });

  it('reports a huge rate that makes a ReLU net blow up as diverged, with its step and reason, and no final value', () => {
    const relu: RunConfig = { ...TINY, activation: 'relu' };
    const result = runSweepJob(relu, 'none', 1000, 200, dataset);
    const run = directRun(sweepJobConfig(relu, 'none', 1000, 200));
    expect(result.diverged).not.toBeNull();
    expect(result.diverged).toEqual(run.history.nets.plain.diverged);
    expect(result.steps).toBe(run.step);
    expect(result.steps).toBeLessThan(200);
    expect([result.finalTestAccuracy, result.finalTestLoss, result.finalTrainLoss]).toEqual([NaN, NaN, NaN]);
    expect(result.stalled).toBe(false);
  });

  it('learns less at a tiny rate than at a moderate one in the same number of steps', () => {
    const accuracy = (lr: number) => runSweepJob(TINY, 'none', lr, 200, dataset).finalTestAccuracy;
    expect(accuracy(1e-4)).toBeLessThan(accuracy(1) - 0.05);
  });

  it('is marked stalled when it stays at chance (a tiny rate from the paper’s small init), not when it learns', () => {
    const small: RunConfig = { ...TINY, init: { kind: 'gauss', sigma: 0.01 } };
    const tiny = runSweepJob(small, 'none', 1e-4, 50, dataset);
    const last = directRun(sweepJobConfig(small, 'none', 1e-4, 50)).history.nets.plain.probes.at(-1);
    // chance on two moons is 50 %
    expect(Math.abs((last?.testAccuracy ?? 0) - 0.5)).toBeLessThanOrEqual(0.02);
    expect(tiny.stalled).toBe(true);
    expect(runSweepJob(small, 'none', 1, 50, dataset)).toMatchObject({ stalled: false, diverged: null });
  });

  it('tells its progress every fiftieth of its steps, ending at the last', () => {
    const steps: number[] = [];
    runSweepJob(TINY, 'bn', 1, 100, dataset, 'wasm', (step) => steps.push(step));
    expect(steps).toEqual(Array.from({ length: 50 }, (_, i) => 2 * (i + 1)));
  });
});

describe('a sweep worker’s handler', () => {
  const message = (index: number, steps: number) => ({
    type: 'run' as const,
    job: { index, norm: 'bn' as const, lr: 2 },
    config: TINY,
    steps,
    dataUrl: '',
    backend: 'wasm' as const,
  });

  it('runs the job it is sent and posts its progress, then its result under the job’s index', async () => {
    const posted: FromSweepWorker[] = [];
    let loads = 0;
    const handle = sweepJobHandler({
      post: (m) => posted.push(m),
      loadMnist: async () => {
        loads++;
        throw new Error('not needed for moons');
      },
    });
    await handle(message(5, 40));
    expect(loads).toBe(0);
    expect(posted.filter((m) => m.type === 'progress')).toHaveLength(40);
    const last = posted[posted.length - 1] as { type: 'result'; index: number; result: SweepRunResult };
    expect(last).toMatchObject({ type: 'result', index: 5 });
    expect(last.result).toEqual(runSweepJob(TINY, 'bn', 2, 40, dataset));
  });

  it('posts an error for a job it cannot run, rather than throwing', async () => {
    const posted: FromSweepWorker[] = [];
    const handle = sweepJobHandler({ post: (m) => posted.push(m), loadMnist: async () => Promise.reject(new Error()) });
    await handle(message(2, 0));
    expect(posted).toEqual([{ type: 'error', index: 2, message: 'steps must be between 1 and 10000000, got 0' }]);
  });

  it('loads MNIST once for all its jobs, and says so when it cannot', async () => {
    const posted: FromSweepWorker[] = [];
    let loads = 0;
    const handle = sweepJobHandler({
      post: (m) => posted.push(m),
      loadMnist: async (url) => {
        loads++;
        throw new Error(`mnist: could not fetch ${url}`);
      },
    });
    const mnistJob = {
      ...message(0, 10),
      config: { ...TINY, dataset: 'mnist' as const, inputDim: 784 },
      dataUrl: 'x.gz',
    };
    await handle(mnistJob);
    await handle({ ...mnistJob, job: { ...mnistJob.job, index: 1 } });
    expect(loads).toBe(1);
    expect(posted).toEqual([
      { type: 'error', index: 0, message: 'mnist: could not fetch x.gz' },
      { type: 'error', index: 1, message: 'mnist: could not fetch x.gz' },
    ]);
  });
});
