/**
 * A worker thread of a run with one thread per net (thread-run.ts): one net's one-net config trained to its end
 * as `npm run lab` trains (train-run.ts), its step reported at each probe, its history sent back at the end.
 */

import { parentPort } from 'node:worker_threads';
import type { FromNetThread, ToNetThread } from './thread-run.ts';
import { trainRun } from './train-run.ts';

const port = parentPort;
if (!port) throw new Error('net-thread.ts runs as a worker thread of thread-run.ts');
const post = (message: FromNetThread) => port.postMessage(message);
port.once('message', ({ config, backend }: ToNetThread) => {
  try {
    const { probeEvery, steps } = config;
    // the step at each probe
    const run = trainRun(config, backend, (step) => {
      if (step % probeEvery === 0 || step === steps) post({ type: 'step', step });
    });
    post({ type: 'done', history: run.history });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
