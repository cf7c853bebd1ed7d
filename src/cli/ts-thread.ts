/** A Node worker thread on a TypeScript file of the CLI, for the sweep's pool and the threaded whole run. */

import { Worker } from 'node:worker_threads';

/**
 * A worker thread running `file` (a URL next to the caller, e.g. `new URL('./sweep-thread.ts', import.meta.url)`).
 * Node 20 does not pass tsx's loader on to worker threads, so the thread first registers it, then imports the file.
 */
export function spawnTsThread(file: URL): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(file.href)}); })`;
  return new Worker(boot, { eval: true });
}
