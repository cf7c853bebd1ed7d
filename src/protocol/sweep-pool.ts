/**
 * Runs a sweep's jobs on a pool of workers: each worker takes the next job from the queue when it finishes one, and
 * every result goes to the job's own place, so the order never depends on which worker was faster. The page's Web
 * Workers and the CLI's worker threads differ only in how a worker is started (spawn).
 */

import type { KernelBackend } from './history.ts';
import type { FromSweepWorker, SweepPlan, SweepRunResult, ToSweepWorker } from './sweep.ts';

/** The part of a worker the pool uses. */
interface SweepWorkerPort {
  post(message: ToSweepWorker): void;
  terminate(): void;
}

export interface SweepWorkerListener {
  message(message: FromSweepWorker): void;
  /** the worker failed outside a job's own error handling (it could not start, or crashed) */
  error(message: string): void;
}

export type SpawnSweepWorker = (listener: SweepWorkerListener) => SweepWorkerPort;

export interface SweepPoolOptions {
  readonly spawn: SpawnSweepWorker;
  /** at most this many workers at once (at least 1; never more than there are jobs) */
  readonly workers: number;
  readonly dataUrl?: string;
  readonly backend?: KernelBackend;
}

export interface SweepPoolEvents {
  /** SGD updates done so far, summed over every job */
  progress?(stepsDone: number): void;
  /** one job's result, in whatever order the jobs finish */
  result?(index: number, result: SweepRunResult): void;
  /** every job's result, in the plan's order */
  finished(results: readonly SweepRunResult[]): void;
  /** a job or a worker failed: the other workers are stopped */
  failed(message: string): void;
}

export interface SweepPoolHandle {
  /** stops every worker at once; no event follows */
  cancel(): void;
}

/** Starts the workers and the jobs; the events report until the sweep finishes, fails or is cancelled. */
export function startSweepPool(plan: SweepPlan, options: SweepPoolOptions, events: SweepPoolEvents): SweepPoolHandle {
  const { jobs } = plan;
  const results: (SweepRunResult | null)[] = jobs.map(() => null);
  const stepsOf = new Float64Array(jobs.length);
  const ports: SweepWorkerPort[] = [];
  let next = 0;
  let done = 0;
  let over = false;

  const stop = (): void => {
    over = true;
    for (const port of ports) port.terminate();
  };
  const fail = (message: string): void => {
    if (over) return;
    stop();
    events.failed(message);
  };
  const feed = (port: SweepWorkerPort): void => {
    if (next >= jobs.length) return port.terminate();
    port.post({
      type: 'run',
      job: jobs[next++],
      config: plan.config,
      steps: plan.request.steps,
      dataUrl: options.dataUrl ?? '',
      backend: options.backend ?? 'wasm',
    });
  };
  const progress = (index: number, step: number): void => {
    stepsOf[index] = step;
    events.progress?.(stepsOf.reduce((sum, s) => sum + s, 0));
  };
  const receive = (port: SweepWorkerPort, message: FromSweepWorker): void => {
    if (over) return;
    if (message.type === 'error')
      return fail(`the run of ${describeJob(plan, message.index)} failed: ${message.message}`);
    if (message.type === 'progress') return progress(message.index, message.step);
    results[message.index] = message.result;
    done++;
    // a diverged run stopped early, yet its share of the bar is done
    progress(message.index, plan.request.steps);
    events.result?.(message.index, message.result);
    if (done < jobs.length) return feed(port);
    stop();
    events.finished(results as SweepRunResult[]);
  };

  const count = Math.max(1, Math.min(Math.floor(options.workers), jobs.length));
  for (let w = 0; w < count && !over; w++) {
    let port: SweepWorkerPort | null = null;
    try {
      port = options.spawn({ message: (m) => port && receive(port, m), error: fail });
    } catch (error) {
      fail(`a sweep worker could not be started: ${error instanceof Error ? error.message : String(error)}`);
      break;
    }
    ports.push(port);
    feed(port);
  }
  return { cancel: () => (over ? undefined : stop()) };
}

/** "bn at lr 0.316", for messages. */
function describeJob(plan: SweepPlan, index: number): string {
  const job = plan.jobs[index];
  return job ? `${job.norm} at lr ${Number(job.lr.toPrecision(3))}` : `job ${index}`;
}
