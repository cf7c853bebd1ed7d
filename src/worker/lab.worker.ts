/// <reference lib="webworker" />
/**
 * The Web Worker: a thin adapter over the lab. Where this browser lets a worker start workers, every net trains in
 * one of its own (SplitHost, on separate cores); elsewhere all nets train here (LabHost). Both give the same bits.
 */

import type { FromNetWorker, ToWorker } from '../protocol/messages.ts';
import { LabHost } from './lab-host.ts';
import { SplitHost } from './split-host.ts';
import { serveInOrder, workerEnv } from './worker-scope.ts';

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
    ? new SplitHost({ post: workerEnv.post, spawn: spawnNetWorker, now: workerEnv.now })
    : new LabHost(workerEnv);

serveInOrder<ToWorker>((message) => host.handle(message));
