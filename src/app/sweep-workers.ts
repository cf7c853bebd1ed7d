/** The page's sweep workers: Web Workers on src/worker/sweep.worker.ts, one core left to the lab's own worker. */

import type { FromSweepWorker } from '../protocol/sweep.ts';
import type { SweepPort } from '../store/lab-state.ts';

/** One fewer than the cores, at least one: the lab's worker keeps a core while a sweep runs. */
export function sweepWorkerCount(cores: number | undefined): number {
  return Math.max(1, (cores ?? 2) - 1);
}

export function webSweepPort(dataUrl: string): SweepPort {
  return {
    workers: sweepWorkerCount(globalThis.navigator?.hardwareConcurrency),
    dataUrl,
    spawn: (listener) => {
      const worker = new Worker(new URL('../worker/sweep.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<FromSweepWorker>) => listener.message(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        listener.error(`a sweep worker failed: ${event.message || 'it could not start'}`);
      };
      return { post: (message) => worker.postMessage(message), terminate: () => worker.terminate() };
    },
  };
}
