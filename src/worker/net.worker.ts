/// <reference lib="webworker" />
/** The worker of one net, when each net trains in its own (split-host.ts): a LabHost that leaves thinning to it. */

import type { ToNetWorker } from '../protocol/messages.ts';
import { LabHost } from './lab-host.ts';
import { serveInOrder, workerEnv } from './worker-scope.ts';

const host = new LabHost(workerEnv, { thin: false });
serveInOrder<ToNetWorker>((message) => host.handle(message));
