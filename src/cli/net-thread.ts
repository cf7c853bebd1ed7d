/**
 * A worker thread of a run with one thread per net (thread-run.ts): one net's one-net config trained to its end
 * as `npm run lab` trains (train-run.ts), its step reported a few times a second, its history sent back at the end.
 */

import { parentPort } from 'node:worker_threads';
import type { FromNetThread, ToNetThread } from './thread-run.ts';
import { trainRun } from './train-run.ts';

/** Progress at most this often, and at the last step. */
const REPORT_MS = 200;

const port = parentPort;
if (!port) throw new Error('net-thread.ts runs as a worker thread of thread-run.ts');
const post = (message: FromNetThread) => port.postMessage(message);
port.once('message', ({ config, backend }: ToNetThread) => {
  try {
    let reported = -Infinity;
    const run = trainRun(config, backend, (step) => {
      const now = performance.now();
      if (now - reported < REPORT_MS && step < config.steps) return;
      reported = now;
      post({ type: 'step', step });
    });
    post({ type: 'done', history: run.history });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
