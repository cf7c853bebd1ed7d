/// <reference lib="webworker" />
/** The Web Worker: a thin adapter that hands messages to LabHost. */

import { fetchMnist } from '../data/mnist-fetch.ts';
import type { ToWorker } from '../protocol/messages.ts';
import { LabHost } from './lab-host.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const host = new LabHost({
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
