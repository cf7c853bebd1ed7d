/**
 * One run of a learning-rate sweep, and the worker side of a sweep: a net of one kind alone, at one rate, through the
 * same TwinRun as the lab, so a run of the sweep is exactly the lab's run of that one-net config.
 */

import type { Dataset } from '../data/dataset.ts';
import type { Backend } from '../engine/kernels.ts';
import type { NormKind, RunConfig } from '../protocol/config.ts';
import { sweepJobConfig, type FromSweepWorker, type SweepRunResult, type ToSweepWorker } from '../protocol/sweep.ts';
import { datasetFor } from './dataset-for.ts';
import { TwinRun } from './twin-run.ts';

/** Progress messages per run: one every fiftieth of its steps. */
const PROGRESS_REPORTS = 50;

/**
 * Trains one net of kind `norm` at rate `lr` for `steps` updates from `base`'s initial weights and batches (see
 * sweepJobConfig) and reports how it ended. A run that diverges is reported as such, never thrown.
 */
export function runSweepJob(
  base: RunConfig,
  norm: NormKind,
  lr: number,
  steps: number,
  dataset: Dataset,
  backend: Backend = 'wasm',
  onProgress?: (step: number) => void,
): SweepRunResult {
  const run = new TwinRun(sweepJobConfig(base, norm, lr, steps), dataset, { backend });
  const every = Math.max(1, Math.ceil(steps / PROGRESS_REPORTS));
  while (!run.finished) {
    run.advance();
    if (run.step % every === 0) onProgress?.(run.step);
  }
  const net = Object.values(run.history.nets)[0];
  const last = net.diverged ? undefined : net.probes.at(-1);
  return {
    norm,
    lr,
    finalTestAccuracy: last?.testAccuracy ?? Number.NaN,
    finalTestLoss: last?.testLoss ?? Number.NaN,
    finalTrainLoss: last?.trainLoss ?? Number.NaN,
    diverged: net.diverged,
    stalled: last?.stalled ?? false,
    steps: run.step,
  };
}

export interface SweepWorkerEnv {
  post(message: FromSweepWorker): void;
  /** MNIST, from the page's URL (a Web Worker) or from disk (a Node thread) */
  loadMnist(dataUrl: string): Promise<Dataset>;
}

/** A sweep worker's message handler: loads MNIST once, runs each job it is sent, posts progress and the result. */
export function sweepJobHandler(env: SweepWorkerEnv): (message: ToSweepWorker) => Promise<void> {
  let mnist: Promise<Dataset> | null = null;
  return async ({ job, config, steps, dataUrl, backend }) => {
    try {
      const loaded = config.dataset === 'mnist' ? await (mnist ??= env.loadMnist(dataUrl)) : null;
      const dataset = datasetFor(config, loaded);
      const progress = (step: number) => env.post({ type: 'progress', index: job.index, step });
      const result = runSweepJob(config, job.norm, job.lr, steps, dataset, backend, progress);
      env.post({ type: 'result', index: job.index, result });
    } catch (error) {
      env.post({ type: 'error', index: job.index, message: error instanceof Error ? error.message : String(error) });
    }
  };
}
