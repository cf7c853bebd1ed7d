/** A sweep's progress on stderr: a redrawn bar of runs and steps on a terminal, a line per finished run otherwise. */

import { namedNets } from '../protocol/config.ts';
import type { SweepPlan, SweepRunResult } from '../protocol/sweep.ts';
import type { ProgressSink } from './progress.ts';
import { formatRate, runStatus } from './sweep-table.ts';

const BAR_WIDTH = 30;

export class SweepProgress {
  private runsDone = 0;
  private stepsDone = 0;
  private lastDraw = -Infinity;
  private readonly total: number;

  constructor(
    private readonly sink: ProgressSink,
    private readonly plan: SweepPlan,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.total = plan.jobs.length;
  }

  /** What is about to run, and on how many workers. */
  start(workers: number): void {
    const { kinds, steps } = this.plan.request;
    const { grid } = this.plan;
    const rates =
      grid.length === 1
        ? `lr ${formatRate(grid[0])}`
        : `${grid.length} rates from ${formatRate(grid[0])} to ${formatRate(grid[grid.length - 1])}`;
    const threads = Math.min(workers, this.total);
    this.sink.write(
      `sweep: ${this.total} runs (${kinds.join(', ')} × ${rates}), ${steps.toLocaleString('en-US')} steps each, on ${threads} worker thread${threads === 1 ? '' : 's'}\n`,
    );
  }

  steps(stepsDone: number): void {
    this.stepsDone = stepsDone;
    if (this.sink.isTTY) this.draw(false);
  }

  result(index: number, result: SweepRunResult): void {
    this.runsDone++;
    if (this.sink.isTTY) return this.draw(true);
    const name = namedNets([{ norm: this.plan.jobs[index].norm }])[0].name;
    const acc = Number.isFinite(result.finalTestAccuracy) ? `${(100 * result.finalTestAccuracy).toFixed(1)}%` : '—';
    this.sink.write(
      `progress: ${this.runsDone}/${this.total} runs  ${name} at lr ${formatRate(result.lr)}: test acc ${acc}, ${runStatus(result)}\n`,
    );
  }

  /** Ends the bar's line on a terminal. */
  finish(): void {
    if (this.sink.isTTY) this.sink.write('\n');
  }

  private draw(force: boolean): void {
    if (!force && this.now() - this.lastDraw < 100) return;
    this.lastDraw = this.now();
    const all = this.total * this.plan.request.steps;
    const filled = Math.round((BAR_WIDTH * Math.min(this.stepsDone, all)) / all);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
    this.sink.write(`\r[${bar}] ${this.runsDone}/${this.total} runs\x1b[K`);
  }
}
