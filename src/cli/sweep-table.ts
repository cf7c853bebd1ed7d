/** The table a sweep prints without --out: one row per rate, the kinds side by side. */

import { namedNets } from '../protocol/config.ts';
import type { SweepPlan, SweepRunResult } from '../protocol/sweep.ts';
import { textTable } from './summary.ts';

const pct = (v: number) => (Number.isFinite(v) ? `${(100 * v).toFixed(1)}%` : '—');
const num = (v: number) => (Number.isFinite(v) ? v.toFixed(4) : '—');

/** "0.0316": three significant digits, no exponent in the usual range. */
export const formatRate = (lr: number) => String(Number(lr.toPrecision(3)));

/** ok, stalled, or where it diverged. */
export function runStatus(result: SweepRunResult): string {
  if (result.diverged) return `diverged at ${result.diverged.step}`;
  return result.stalled ? 'stalled' : 'ok';
}

export function sweepTable(plan: SweepPlan, results: readonly SweepRunResult[]): string {
  const { kinds } = plan.request;
  const names = namedNets(kinds.map((norm) => ({ norm }))).map((net) => net.name);
  const header = ['lr', ...names.flatMap((n) => [`${n} test acc`, `${n} test loss`, `${n} status`])];
  const rows = plan.grid.map((lr, i) => [
    formatRate(lr),
    ...kinds.flatMap((_, k) => {
      const result = results[k * plan.grid.length + i];
      return [pct(result.finalTestAccuracy), num(result.finalTestLoss), runStatus(result)];
    }),
  ]);
  return textTable(header, rows).join('\n') + '\n';
}
