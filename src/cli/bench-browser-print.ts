/** `bench:browser`'s text: the initial load, the page's whole run, the Pause answers, TF.js in the page, targets. */

import type { RunConfig } from '../protocol/config.ts';
import type { InitialLoad } from './bench-dist.ts';
import type { PageRun } from './bench-page.ts';
import { tfjsName } from './bench-print.ts';
import { duration, num, table, target, type Target } from './bench-report.ts';
import { median } from './bench-stats.ts';
import type { TfjsResult } from './bench-tfjs-step.ts';

export function initialLoadText(load: InitialLoad, payload: number): string {
  const kB = (bytes: number) => `${num(bytes / 1000)} kB`;
  return (
    `initial JS (${load.jsFiles.join(', ')}): ${kB(load.jsGzip)} gzip; its CSS ${kB(load.cssGzip)}, the worker ` +
    `${kB(load.workerGzip)} · data payload: mnist.bin.gz ${payload.toLocaleString('en-US')} bytes`
  );
}

/** Count, longest and total of a list of long tasks. */
function longTaskText(tasks: readonly { duration: number }[]): string {
  if (tasks.length === 0) return 'none';
  const longest = Math.max(...tasks.map((t) => t.duration));
  const total = tasks.reduce((sum, t) => sum + t.duration, 0);
  return `${tasks.length}, the longest ${duration(longest)}, ${duration(total)} in all`;
}

export function pageRunText(run: PageRun): string {
  const per = `${num(run.msPerTwinStep)} ms per twin step, ${num(1000 / run.msPerTwinStep)} twin steps/s`;
  const at2000 = run.first2000Ms === null ? 'not reached (a shorter run)' : duration(run.first2000Ms);
  return [
    `whole paper-fig1 run in Chromium: ${num(run.steps)} twin steps, a probe every 500 on the page's 1,000 test digits`,
    `  link: ${run.link}`,
    `  navigation → the step-0 probes (data loaded, nets built): ${duration(run.readyMs)}; ` +
      `Play clicked at ${duration(run.playAtMs)}`,
    `  Play → step 2,000: ${at2000}`,
    `  Play → finished: ${duration(run.runMs)} (${num((1000 * run.steps) / run.runMs)} twin steps/s)`,
    run.steps === run.fullSteps
      ? `  navigation → finished: ${duration(run.totalMs)} = ${per}, start-up included`
      : `  SHORTENED (--steps ${run.steps}): ESTIMATE for all ${num(run.fullSteps)} steps, scaled: navigation → ` +
        `finished ${duration(run.fullMs)} = ${per}`,
    `  main-thread long tasks while training: ${longTaskText(run.longTasks)}; ` +
      `before Play: ${longTaskText(run.startupLongTasks)}`,
  ].join('\n');
}

export function pauseText(config: RunConfig, answersMs: readonly number[]): string {
  const name = `${config.hidden.length} × ${config.hidden[0]}, batch ${config.batchSize}`;
  const each = answersMs.map((ms) => duration(ms)).join(', ');
  return (
    `Pause at the largest config (${name}): the worker's first status saying it stopped came ${each} after the ` +
    `click (median ${duration(median(answersMs))}; the button itself flips at once)`
  );
}

/** TF.js in the page: steps/s of each net and of the twin step, and its twin step ÷ our page run's time per step. */
export function tfjsPageTable(tfjs: readonly TfjsResult[], run: PageRun): string {
  const head = ['TF.js in the page, paper-fig1 step', 'plain steps/s', 'BN steps/s', 'twin steps/s', 'twin ms'];
  return table(
    [...head, "twin ms ÷ our run's"],
    tfjs.map((r) => [
      tfjsName(r),
      num(1000 / r.plainMs),
      num(1000 / r.bnMs),
      num(1000 / r.twinMs),
      num(r.twinMs),
      `${num(r.twinMs / run.msPerTwinStep)}×`,
    ]),
  );
}

export function browserTargets(run: PageRun, tfjs: readonly TfjsResult[], load: InitialLoad): Target[] {
  const wasm = tfjs.find((r) => r.backend === 'wasm');
  const estimate = run.steps === run.fullSteps ? '' : ' (estimate: shortened run)';
  return [
    target(
      `whole run in Chromium${estimate}: TF.js wasm twin step ÷ our page run's time per twin step`,
      wasm ? wasm.twinMs / run.msPerTwinStep : null,
      15,
      'atLeast',
      '×',
    ),
    target(`the full Figure 1 in headless Chromium${estimate}`, run.fullMs / 1000, 60, 'atMost', ' s'),
    target('main-thread long tasks (> 50 ms) while training', run.longTasks.length, 0, 'atMost'),
    target('initial JS, gzip', load.jsGzip / 1000, 250, 'atMost', ' kB'),
  ];
}
