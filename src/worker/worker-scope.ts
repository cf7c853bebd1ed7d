/// <reference lib="webworker" />
/** What the worker entry files share: a LabHost environment on this worker's globals, and messages in order. */

import { fetchMnist } from '../data/mnist-fetch.ts';
import type { HostEnv } from './lab-host.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/**
 * The next tick at once: a message to itself, not setTimeout(0), which browsers clamp to 4 ms once timeouts nest
 * (HTML's timer rules) — 4 ms lost after every 30 ms tick of training. React's scheduler does the same.
 */
function soon(): (tick: () => void) => void {
  const channel = new MessageChannel();
  const ticks: (() => void)[] = [];
  channel.port1.onmessage = () => ticks.shift()?.();
  return (tick) => {
    ticks.push(tick);
    channel.port2.postMessage(null);
  };
}

const atOnce = soon();

/** LabHost's environment here: post to whoever started this worker, fetch the digits, the real clock. */
export const workerEnv: HostEnv = {
  post: (message, transfer) => scope.postMessage(message, transfer),
  loadMnist: (url, onProgress) => fetchMnist(url, { onProgress }),
  now: () => performance.now(),
  schedule: (tick, ms) => (ms <= 0 ? atOnce(tick) : setTimeout(tick, ms)),
};

/**
 * Hands each message to `handle` one at a time, in order: an init that loads data finishes before the next. A
 * message whose handling throws is reported as a fatal error, and the queue goes on: a rejected link would
 * otherwise drop every later message in silence, and the page would wait for ever.
 */
export function serveInOrder<M>(handle: (message: M) => void | Promise<void>): void {
  let queue: Promise<void> = Promise.resolve();
  scope.onmessage = (event: MessageEvent<M>) => {
    queue = queue
      .then(() => handle(event.data))
      .catch((error: unknown) => {
        const message = `the worker failed: ${error instanceof Error ? error.message : String(error)}`;
        workerEnv.post({ type: 'error', message, fatal: true }, []);
      });
  };
}
