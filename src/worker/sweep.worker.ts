/// <reference lib="webworker" />
/** A worker of the page's learning-rate sweep: a thin adapter over src/lab/sweep.ts, MNIST fetched from the page. */

import { fetchMnist } from '../data/mnist-fetch.ts';
import { sweepJobHandler } from '../lab/sweep.ts';
import type { ToSweepWorker } from '../protocol/sweep.ts';
import { serveInOrder } from './worker-scope.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

serveInOrder<ToSweepWorker>(
  sweepJobHandler({ post: (message) => scope.postMessage(message), loadMnist: (url) => fetchMnist(url) }),
);
