/** Sweep workers for tests (jsdom has no Worker): they keep the jobs they are sent, and the test answers for them. */

import type { SweepWorkerListener } from '../../src/protocol/sweep-pool.ts';
import type { SweepRunResult, ToSweepWorker } from '../../src/protocol/sweep.ts';
import type { SweepPort } from '../../src/store/lab-state.ts';

interface FakeSweepWorker {
  readonly posted: ToSweepWorker[];
  terminated: boolean;
  /** reports steps done in the job it runs */
  progress(step: number): void;
  /** finishes the job it runs with this result (default: the job's kind and rate, 80 % accuracy) */
  finish(change?: Partial<SweepRunResult>): void;
  /** fails the job it runs */
  fail(message: string): void;
}

export interface FakeSweepPort extends SweepPort {
  readonly started: FakeSweepWorker[];
  /** the workers still running a job */
  busy(): FakeSweepWorker[];
}

export function fakeSweepPort(workers = 2): FakeSweepPort {
  const started: FakeSweepWorker[] = [];
  const spawn = (listener: SweepWorkerListener) => {
    const current = () => worker.posted[worker.posted.length - 1];
    const worker: FakeSweepWorker = {
      posted: [],
      terminated: false,
      progress: (step) => listener.message({ type: 'progress', index: current().job.index, step }),
      finish: (change = {}) => {
        const { job, steps } = current();
        const result: SweepRunResult = {
          norm: job.norm,
          lr: job.lr,
          finalTestAccuracy: 0.8,
          finalTestLoss: 0.5,
          finalTrainLoss: 0.4,
          diverged: null,
          stalled: false,
          steps,
          ...change,
        };
        listener.message({ type: 'result', index: job.index, result });
      },
      fail: (message) => listener.message({ type: 'error', index: current().job.index, message }),
    };
    started.push(worker);
    return { post: (m: ToSweepWorker) => worker.posted.push(m), terminate: () => (worker.terminated = true) };
  };
  return {
    spawn,
    workers,
    dataUrl: 'data/mnist.bin.gz',
    started,
    busy: () => started.filter((w) => !w.terminated),
  };
}
