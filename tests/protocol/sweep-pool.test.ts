import { describe, expect, it } from 'vitest';
import { startSweepPool, type SweepWorkerListener } from '../../src/protocol/sweep-pool.ts';
import { planSweep, type SweepRunResult, type ToSweepWorker } from '../../src/protocol/sweep.ts';
import { BASE } from './base-config.ts';

const plan = planSweep(BASE, { kinds: ['none', 'bn'], lrMin: 0.1, lrMax: 10, count: 3, steps: 40 });

interface FakeWorker {
  readonly listener: SweepWorkerListener;
  readonly posted: ToSweepWorker[];
  terminated: boolean;
}

/** Workers that keep what they are sent; the test answers for them, in any order it likes. */
function fakeWorkers() {
  const workers: FakeWorker[] = [];
  const spawn = (listener: SweepWorkerListener) => {
    const worker: FakeWorker = { listener, posted: [], terminated: false };
    workers.push(worker);
    return { post: (m: ToSweepWorker) => worker.posted.push(m), terminate: () => (worker.terminated = true) };
  };
  return { workers, spawn };
}

/** What a worker would answer for a job: its kind and rate, and an accuracy that tells the jobs apart. */
const resultOf = (message: ToSweepWorker): SweepRunResult => ({
  norm: message.job.norm,
  lr: message.job.lr,
  finalTestAccuracy: message.job.index / 10,
  finalTestLoss: 1,
  finalTrainLoss: 1,
  diverged: null,
  stalled: false,
  steps: message.steps,
});

/** The worker answers its latest job. */
function answer(worker: FakeWorker) {
  const message = worker.posted[worker.posted.length - 1];
  worker.listener.message({ type: 'result', index: message.job.index, result: resultOf(message) });
}

describe('the sweep pool', () => {
  it('starts no more workers than asked for, each with one job, and the next job when it finishes one', () => {
    const { workers, spawn } = fakeWorkers();
    startSweepPool(plan, { spawn, workers: 2 }, { finished: () => {}, failed: () => {} });
    expect(workers).toHaveLength(2);
    expect(workers.map((w) => w.posted.map((m) => m.job.index))).toEqual([[0], [1]]);
    answer(workers[1]);
    expect(workers[1].posted.map((m) => m.job.index)).toEqual([1, 2]);
    expect(workers[0].posted[0]).toMatchObject({ type: 'run', config: plan.config, steps: 40, backend: 'wasm' });
  });

  it('never starts more workers than there are jobs', () => {
    const { workers, spawn } = fakeWorkers();
    startSweepPool(plan, { spawn, workers: 64 }, { finished: () => {}, failed: () => {} });
    expect(workers).toHaveLength(plan.jobs.length);
  });

  it('gives the results in the plan’s order whichever worker finishes first, and then stops every worker', () => {
    const { workers, spawn } = fakeWorkers();
    let finished: readonly SweepRunResult[] | null = null;
    const order: number[] = [];
    startSweepPool(
      plan,
      { spawn, workers: 3 },
      { result: (index) => order.push(index), finished: (r) => (finished = r), failed: () => {} },
    );
    // the last worker is always the fastest
    while (finished === null) answer([...workers].reverse().find((w) => !w.terminated) as FakeWorker);
    expect(order).not.toEqual([...order].sort((a, b) => a - b));
    expect((finished as readonly SweepRunResult[]).map((r) => [r.norm, r.lr])).toEqual(
      plan.jobs.map((j) => [j.norm, j.lr]),
    );
    expect(workers.every((w) => w.terminated)).toBe(true);
    expect(workers.flatMap((w) => w.posted.map((m) => m.job.index)).sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('adds up the steps done over every job, a finished job counting in full', () => {
    const { workers, spawn } = fakeWorkers();
    const steps: number[] = [];
    startSweepPool(
      plan,
      { spawn, workers: 2 },
      { progress: (s) => steps.push(s), finished: () => {}, failed: () => {} },
    );
    workers[0].listener.message({ type: 'progress', index: 0, step: 10 });
    workers[1].listener.message({ type: 'progress', index: 1, step: 30 });
    workers[0].listener.message({ type: 'progress', index: 0, step: 20 });
    answer(workers[1]);
    expect(steps).toEqual([10, 40, 50, 60]);
  });

  it('stops every worker on cancel, and reports nothing after', () => {
    const { workers, spawn } = fakeWorkers();
    const events: string[] = [];
    const pool = startSweepPool(
      plan,
      { spawn, workers: 2 },
      {
        result: () => events.push('result'),
        finished: () => events.push('finished'),
        failed: () => events.push('failed'),
      },
    );
    pool.cancel();
    expect(workers.every((w) => w.terminated)).toBe(true);
    answer(workers[0]);
    expect(events).toEqual([]);
  });

  it('fails the sweep with the job it was running when a worker reports an error, and stops the others', () => {
    const { workers, spawn } = fakeWorkers();
    const failures: string[] = [];
    startSweepPool(plan, { spawn, workers: 2 }, { finished: () => {}, failed: (m) => failures.push(m) });
    workers[1].listener.message({ type: 'error', index: 1, message: 'out of memory' });
    workers[0].listener.error('crashed too');
    expect(failures).toEqual(['the run of none at lr 1 failed: out of memory']);
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('fails the sweep when no worker can be started', () => {
    const failures: string[] = [];
    const spawn = () => {
      throw new Error('no workers here');
    };
    startSweepPool(plan, { spawn, workers: 2 }, { finished: () => {}, failed: (m) => failures.push(m) });
    expect(failures).toEqual(['a sweep worker could not be started: no workers here']);
  });
});
