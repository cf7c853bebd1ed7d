/// <reference lib="webworker" />
/** What the worker entry files share: a LabHost environment on this worker's globals, and messages in order. */

import { fetchMnist } from '../data/mnist-fetch.ts';
import type { HostEnv } from './lab-host.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** LabHost's environment here: post to whoever started this worker, fetch the digits, the real clock. */
export const workerEnv: HostEnv = {
  post: (message, transfer) => scope.postMessage(message, transfer),
  loadMnist: (url, onProgress) => fetchMnist(url, { onProgress }),
  now: () => performance.now(),
  schedule: (tick, ms) => setTimeout(tick, ms),
};

/** Hands each message to `handle` one at a time, in order: an init that loads data finishes before the next. */
export function serveInOrder<M>(handle: (message: M) => void | Promise<void>): void {
  let queue: Promise<void> = Promise.resolve();
  scope.onmessage = (event: MessageEvent<M>) => {
    queue = queue.then(() => handle(event.data));
  };
}
