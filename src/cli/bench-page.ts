/**
 * `bench:browser` inside the page: a script installed before the app's records every worker message's status
 * and every main-thread long task (PerformanceObserver 'longtask'), with page-clock times; the measurements read
 * that log. Times are performance.now() of the page: ms since navigation.
 */

import type { Page } from 'playwright-core';
import { TFJS_SCRIPT } from './bench-dist.ts';
import type { TimingOptions } from './bench-stats.ts';
import type { TfjsPage } from './bench-tfjs-page.ts';
import type { TfjsResult } from './bench-tfjs-step.ts';

interface Mark {
  readonly t: number;
  readonly type: string;
  readonly step?: number;
  readonly running?: boolean;
  readonly finished?: boolean;
}

interface LongTask {
  readonly start: number;
  readonly duration: number;
}

interface BenchLog {
  readonly marks: Mark[];
  readonly longTasks: LongTask[];
}

type Instrumented = Window & { __bench: BenchLog };

/** Runs in the page before its scripts: wraps Worker to log the status of every message, observes long tasks. */
function instrument(): void {
  const log: BenchLog = { marks: [], longTasks: [] };
  (window as unknown as Instrumented).__bench = log;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) log.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', (event: MessageEvent<{ type: string; status?: Omit<Mark, 't' | 'type'> }>) => {
        const { type, status } = event.data;
        log.marks.push({
          t: performance.now(),
          type,
          step: status?.step,
          running: status?.running,
          finished: status?.finished,
        });
      });
    }
  };
}

/** Before the first navigation. tsx names functions with esbuild's __name helper: the page gets a stand-in. */
export async function instrumentPage(page: Page): Promise<void> {
  await page.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await page.addInitScript(instrument);
}

/** A test on a mark: this field has this value. */
type MarkTest = { readonly type: string } | { readonly running: boolean } | { readonly finished: boolean };

/** The first mark after `after` (page time) that passes `test`, waiting for it up to `timeoutMs`. */
async function waitForMark(page: Page, after: number, test: MarkTest, timeoutMs: number): Promise<Mark> {
  const handle = await page.waitForFunction(
    ([from, want]) => {
      const passes = (m: Mark) => Object.entries(want).every(([key, value]) => m[key as keyof Mark] === value);
      return (window as unknown as Instrumented).__bench.marks.find((m) => m.t > from && passes(m)) ?? false;
    },
    [after, test] as const,
    { timeout: timeoutMs, polling: 100 },
  );
  return (await handle.jsonValue()) as Mark;
}

/** Clicks the transport button named `name` from inside the page; returns the page time of the click. */
function click(page: Page, name: 'Play' | 'Pause'): Promise<number> {
  return page.evaluate((label) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
    if (!button) throw new Error(`no ${label} button`);
    const t = performance.now();
    button.click();
    return t;
  }, name);
}

export interface PageRun {
  readonly link: string;
  readonly steps: number;
  /** navigation → the worker's step-0 probes (data loaded, nets built): what a visitor waits for */
  readonly readyMs: number;
  /** navigation → the click on Play */
  readonly playAtMs: number;
  /** Play → the first status at step ≥ 2,000 (null for a shorter run) */
  readonly first2000Ms: number | null;
  /** Play → the status that says finished */
  readonly runMs: number;
  /** navigation → finished */
  readonly totalMs: number;
  /** the preset's steps (steps differs when shortened with --steps) */
  readonly fullSteps: number;
  /** navigation → finished for all fullSteps: totalMs, or for a shortened run the time to Play plus the run scaled */
  readonly fullMs: number;
  /** fullMs per twin step: the page's cost of a step, start-up, data and probes included */
  readonly msPerTwinStep: number;
  /** main-thread long tasks between Play and the end, and before Play */
  readonly longTasks: readonly LongTask[];
  readonly startupLongTasks: readonly LongTask[];
}

/** Every 10 s on stderr: the step the page's worker last reported. Returns the function that stops it. */
function reportProgress(page: Page, steps: number): () => void {
  let stopped = false;
  const total = steps.toLocaleString('en-US');
  const timer = setInterval(() => {
    void page
      .evaluate(() => (window as unknown as Instrumented).__bench.marks.findLast((m) => m.step !== undefined)?.step)
      .then((step) => {
        if (!stopped) process.stderr.write(`page: step ${(step ?? 0).toLocaleString('en-US')} / ${total}\n`);
      })
      .catch(() => undefined);
  }, 10_000);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}

/** The app's link with these fields (keys as src/store/url-state.ts reads them). */
export function linkFor(url: string, fields: Record<string, string | number>): string {
  const query = Object.entries(fields).map(([key, value]) => `${key}=${value}`);
  return `${url}?${query.join('&')}`;
}

/**
 * Opens `link`, a run of `steps` steps, waits for the step-0 probes, picks the fastest speed, presses Play and waits
 * for the end. A shortened run is scaled to `fullSteps`.
 */
export async function runInPage(page: Page, link: string, steps: number, fullSteps: number): Promise<PageRun> {
  await page.goto(link);
  const ready = await waitForMark(page, 0, { type: 'probes' }, 120_000);
  await page.getByLabel('Speed').selectOption('1000');
  const playAt = await click(page, 'Play');
  const stopProgress = reportProgress(page, steps);
  try {
    const end = await waitForMark(page, playAt, { finished: true }, 60_000 + steps * 200);
    const log = await page.evaluate(() => (window as unknown as Instrumented).__bench);
    const at2000 = log.marks.find((m) => m.t > playAt && (m.step ?? 0) >= 2000);
    const fullMs = steps === fullSteps ? end.t : playAt + ((end.t - playAt) * fullSteps) / steps;
    return {
      link,
      steps,
      readyMs: ready.t,
      playAtMs: playAt,
      first2000Ms: at2000 ? at2000.t - playAt : null,
      runMs: end.t - playAt,
      totalMs: end.t,
      fullSteps,
      fullMs,
      msPerTwinStep: fullMs / fullSteps,
      longTasks: log.longTasks.filter((l) => l.start >= playAt && l.start <= end.t),
      startupLongTasks: log.longTasks.filter((l) => l.start < playAt),
    };
  } finally {
    stopProgress();
  }
}

/**
 * Opens `link` (a huge config) and waits for its step-0 probes, then `waits.length` times: Play, wait, Pause, and the
 * time from the click on Pause to the worker's first status saying it is not running: how long it takes to answer.
 */
export async function pauseAnswers(page: Page, link: string, waits: readonly number[]): Promise<number[]> {
  await page.goto(link);
  await waitForMark(page, 0, { type: 'probes' }, 600_000);
  const answers: number[] = [];
  for (const wait of waits) {
    await click(page, 'Play');
    await new Promise((resolve) => setTimeout(resolve, wait));
    const pausedAt = await click(page, 'Pause');
    const answer = await waitForMark(page, pausedAt, { running: false }, 120_000);
    answers.push(answer.t - pausedAt);
  }
  return answers;
}

/** bench-tfjs-page.ts in a page of the served app (TFJS_SCRIPT, behind a routed page): both backends' results. */
export async function tfjsInPage(page: Page, url: string, timing: TimingOptions): Promise<TfjsResult[]> {
  const body = `<!doctype html><meta charset="utf-8"><script type="module" src="./${TFJS_SCRIPT}"></script>`;
  await page.route('**/bench-tfjs.html', (route) => route.fulfill({ contentType: 'text/html', body }));
  await page.goto(`${url}bench-tfjs.html`);
  await page.waitForFunction(() => 'benchTfjs' in window);
  return page.evaluate((t) => (window as unknown as TfjsPage).benchTfjs(t), timing);
}
