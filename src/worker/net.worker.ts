/// <reference lib="webworker" />
/** The worker of one net, when each net trains in its own (split-host.ts): a LabHost that leaves thinning to it. */

import { fetchMnist } from '../data/mnist-fetch.ts';
import type { ToNetWorker } from '../protocol/messages.ts';
import { LabHost } from './lab-host.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const host = new LabHost(
  {
    post: (message, transfer) => scope.postMessage(message, transfer),
    loadMnist: (url, onProgress) => fetchMnist(url, { onProgress }),
    now: () => performance.now(),
    schedule: (tick, ms) => setTimeout(tick, ms),
  },
  { thin: false },
);

let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event: MessageEvent<ToNetWorker>) => {
  // one message at a time, in order, as the lab worker does
  queue = queue.then(() => host.handle(event.data));
};
