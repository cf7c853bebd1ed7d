/// <reference lib="webworker" />
/**
 * The Web Worker: a thin adapter over the lab. Where this browser lets a worker start workers, every net trains in
 * one of its own (SplitHost, on separate cores); elsewhere all nets train here (LabHost). Both give the same bits.
 */

import { fetchMnist } from '../data/mnist-fetch.ts';
import type { FromNetWorker, ToWorker } from '../protocol/messages.ts';
import { LabHost } from './lab-host.ts';
import { SplitHost } from './split-host.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function spawnNetWorker(onMessage: (message: FromNetWorker) => void) {
  const worker = new Worker(new URL('./net.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<FromNetWorker>) => onMessage(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    onMessage({ type: 'error', message: `a net's worker failed: ${event.message}`, fatal: true });
  };
  return {
    post: (message: Parameters<Worker['postMessage']>[0]) => worker.postMessage(message),
    terminate: () => worker.terminate(),
  };
}

const host =
  typeof Worker === 'function'
    ? new SplitHost({
        post: (message, transfer) => scope.postMessage(message, transfer),
        spawn: spawnNetWorker,
        now: () => performance.now(),
      })
    : new LabHost({
        post: (message, transfer) => scope.postMessage(message, transfer),
        loadMnist: (url, onProgress) => fetchMnist(url, { onProgress }),
        now: () => performance.now(),
        schedule: (tick, ms) => setTimeout(tick, ms),
      });

let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event: MessageEvent<ToWorker>) => {
  // one message at a time, in order: an init that loads data finishes before the play that follows it
  queue = queue.then(() => host.handle(event.data));
};
