/** A worker thread of `npm run lab -- sweep`: runs the jobs it is sent (src/lab/sweep.ts), MNIST read from disk. */

import { parentPort } from 'node:worker_threads';
import { loadMnistNode } from '../data/mnist-node.ts';
import { sweepJobHandler } from '../lab/sweep.ts';
import type { ToSweepWorker } from '../protocol/sweep.ts';

const port = parentPort;
if (!port) throw new Error('sweep-thread.ts runs as a worker thread of npm run lab -- sweep');
const handle = sweepJobHandler({
  post: (message) => port.postMessage(message),
  loadMnist: async () => loadMnistNode(),
});
port.on('message', (message: ToSweepWorker) => void handle(message));
