/**
 * A run in Node with one worker thread per net, on separate cores, as the page trains (src/worker/split-host.ts):
 * each net trains its one-net config (oneNetConfig: the same seeds, so the same initial weights and batches) and
 * computes the very bits it would among the others, so the merged history equals a one-thread TwinRun's. With no
 * live changes to keep in step, the nets need no lockstep: each runs to its end and the histories are joined.
 */

import type { Backend } from '../engine/kernels.ts';
import type { RunConfig } from '../protocol/config.ts';
import { oneNetConfig } from '../protocol/config.ts';
import type { RunHistory } from '../protocol/history.ts';
import type { Worker } from 'node:worker_threads';
import { spawnTsThread } from './ts-thread.ts';

export interface ToNetThread {
  readonly config: RunConfig;
  readonly backend?: Backend;
}

export type FromNetThread =
  | { readonly type: 'step'; readonly step: number }
  | { readonly type: 'done'; readonly history: RunHistory }
  | { readonly type: 'failed'; readonly message: string };

/** One net's run in `thread`; `onStep` hears its step a few times a second. */
function netInThread(
  thread: Worker,
  config: RunConfig,
  backend: Backend | undefined,
  onStep: (step: number) => void,
): Promise<RunHistory> {
  return new Promise<RunHistory>((resolve, reject) => {
    thread.on('message', (message: FromNetThread) => {
      if (message.type === 'step') return onStep(message.step);
      void thread.terminate();
      if (message.type === 'done') resolve(message.history);
      else reject(new Error(`net ${config.nets[0].name}: ${message.message}`));
    });
    thread.on('error', reject);
    thread.on('exit', (code) => reject(new Error(`net ${config.nets[0].name}: its thread exited with code ${code}`)));
    thread.postMessage({ config, backend } satisfies ToNetThread);
  });
}

/** The whole run, a thread per net; `onStep` hears the step every net has reached. The history is TwinRun's. */
export async function runInThreads(
  config: RunConfig,
  backend?: Backend,
  onStep: (step: number) => void = () => {},
): Promise<RunHistory> {
  const steps = config.nets.map(() => 0);
  const threads = config.nets.map(() => spawnTsThread(new URL('./net-thread.ts', import.meta.url)));
  const parts = await Promise.all(
    threads.map((thread, i) =>
      netInThread(thread, oneNetConfig(config, i), backend, (step) => {
        steps[i] = step;
        onStep(Math.min(...steps));
      }),
    ),
  ).catch((error: unknown) => {
    // one net failed: the others stop too, rather than train on for nothing
    threads.forEach((thread) => void thread.terminate());
    throw error;
  });
  const [first] = parts;
  return {
    ...first,
    config: { ...first.config, nets: config.nets, events: config.events },
    nets: Object.assign({}, ...parts.map((part) => part.nets)),
    // the steps thinned away, the same in every net
    thinned: first.thinned,
  };
}
