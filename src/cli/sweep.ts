/**
 * `npm run lab -- sweep`: the jobs on a pool of worker threads, progress on stderr, and the results as a table or a
 * JSON file written atomically. Ctrl-C stops the threads, leaves no file and exits with code 130.
 */

import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { sweepToJson } from '../protocol/sweep-json.ts';
import { startSweepPool, type SpawnSweepWorker } from '../protocol/sweep-pool.ts';
import type { SweepRunResult } from '../protocol/sweep.ts';
import { ConfigError } from '../protocol/validate-config.ts';
import { parseOrExit } from './args.ts';
import { parseSweepArgs, SWEEP_USAGE, type SweepOptions } from './sweep-args.ts';
import { SweepProgress } from './sweep-progress.ts';
import { spawnTsThread } from './ts-thread.ts';
import { sweepTable } from './sweep-table.ts';

/** Exit code of a process stopped by SIGINT (128 + 2), as a shell reports it. */
const SIGINT_EXIT = 130;

/** A worker thread on sweep-thread.ts. */
const spawnThread: SpawnSweepWorker = (listener) => {
  const worker = spawnTsThread(new URL('./sweep-thread.ts', import.meta.url));
  let terminated = false;
  worker.on('message', listener.message);
  worker.on('error', (error) => listener.error(`a worker thread failed: ${error.message}`));
  worker.on('exit', (code) => {
    if (!terminated && code !== 0) listener.error(`a worker thread exited with code ${code}`);
  });
  return {
    post: (message) => worker.postMessage(message),
    terminate: () => {
      terminated = true;
      void worker.terminate();
    },
  };
};

/**
 * FILE written in one step: a temporary file beside it, renamed over it, so FILE is never half written. The write is
 * synchronous, so a Ctrl-C is handled before or after it, never in between; the temporary file goes if it fails.
 */
function writeAtomically(file: string, text: string): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Before a sweep of minutes: the folder FILE goes in must exist. */
function checkFolder(file: string): void {
  const folder = dirname(file);
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory())
    throw new ConfigError(`--out: there is no folder ${folder} to write ${basename(file)} in`);
}

/** The results in the plan's order; Ctrl-C meanwhile stops every thread and exits with code 130. */
function runPool(options: SweepOptions, progress: SweepProgress | null): Promise<readonly SweepRunResult[]> {
  return new Promise((resolve, reject) => {
    const pool = startSweepPool(
      options.plan,
      { spawn: spawnThread, workers: options.workers, backend: options.backend },
      {
        progress: (steps) => progress?.steps(steps),
        result: (index, result) => progress?.result(index, result),
        finished: (results) => {
          process.off('SIGINT', interrupted);
          resolve(results);
        },
        failed: (message) => {
          process.off('SIGINT', interrupted);
          reject(new Error(message));
        },
      },
    );
    function interrupted(): void {
      pool.cancel();
      progress?.finish();
      process.stderr.write('sweep: interrupted, nothing written\n');
      process.exit(SIGINT_EXIT);
    }
    process.on('SIGINT', interrupted);
  });
}

export async function runSweep(argv: readonly string[]): Promise<void> {
  const options = parseOrExit(() => {
    const parsed = parseSweepArgs(argv);
    if (parsed.out) checkFolder(parsed.out);
    return parsed;
  });
  if (options.help) {
    process.stdout.write(SWEEP_USAGE + '\n');
    return;
  }
  const progress = options.quiet ? null : new SweepProgress(process.stderr, options.plan);
  progress?.start(options.workers);
  let results: readonly SweepRunResult[];
  try {
    results = await runPool(options, progress);
  } catch (error) {
    progress?.finish();
    process.stderr.write(`sweep: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  progress?.finish();
  if (!options.out) return void process.stdout.write(sweepTable(options.plan, results));
  try {
    writeAtomically(options.out, sweepToJson(options.plan, results, options.backend) + '\n');
  } catch (error) {
    process.stderr.write(`sweep: could not write ${options.out}: ${error instanceof Error ? error.message : error}\n`);
    process.exit(1);
  }
}
