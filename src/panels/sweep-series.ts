/** A sweep's results as chart lines, one per kind in its colour, and each kind's results in words. */

import { formatNumber, formatPercent } from '../charts/format.ts';
import { kindColor, kindTextColor } from '../charts/theme.ts';
import type { XYPoint, XYSeries } from '../charts/xy-series.ts';
import { namedNets, type NormKind } from '../protocol/config.ts';
import type { SweepPlan, SweepRunResult } from '../protocol/sweep.ts';

type Results = readonly (SweepRunResult | null)[];

/** plain, bn, …: the name a net of the kind has in the lab. */
const kindLabel = (norm: NormKind) => namedNets([{ norm }])[0].name;

/** The kind's finished runs, rate by rate (a run still to come has no point yet). */
function runsOf(plan: SweepPlan, results: Results, k: number): SweepRunResult[] {
  const count = plan.grid.length;
  return results.slice(k * count, (k + 1) * count).filter((r): r is SweepRunResult => r !== null);
}

function point(result: SweepRunResult, y: number, format: (y: number) => string): XYPoint {
  const { diverged, stalled, lr } = result;
  if (diverged)
    return { x: lr, y: NaN, mark: 'diverged', note: `diverged at step ${diverged.step}: ${diverged.reason}` };
  return stalled ? { x: lr, y, mark: 'stalled', note: `${format(y)}, stalled near chance` } : { x: lr, y };
}

/** One line per kind of a quantity of each run, e.g. its final test accuracy. */
export function sweepSeries(
  plan: SweepPlan,
  results: Results,
  value: (r: SweepRunResult) => number,
  format: (y: number) => string,
): XYSeries[] {
  return plan.request.kinds.map((norm, k) => ({
    name: kindLabel(norm),
    color: kindColor(norm),
    points: runsOf(plan, results, k).map((r) => point(r, value(r), format)),
  }));
}

export interface KindWords {
  readonly norm: NormKind;
  readonly label: string;
  readonly color: string;
  readonly text: string;
}

const ratesOf = (runs: readonly SweepRunResult[], pick: (r: SweepRunResult) => boolean) =>
  runs.filter(pick).map((r) => formatNumber(r.lr));

/** "best 93.6 % at lr 1 (test loss 0.212); stalled at 0.01; diverged at 100", per kind. */
export function sweepWords(plan: SweepPlan, results: Results): KindWords[] {
  return plan.request.kinds.map((norm, k) => {
    const runs = runsOf(plan, results, k);
    const learnt = runs.filter((r) => Number.isFinite(r.finalTestAccuracy));
    const best = learnt.reduce<SweepRunResult | null>(
      (top, r) => (top === null || r.finalTestAccuracy > top.finalTestAccuracy ? r : top),
      null,
    );
    const parts = [
      runs.length === 0 ? 'no run finished yet' : null,
      best
        ? `best ${formatPercent(best.finalTestAccuracy)} at lr ${formatNumber(best.lr)} (test loss ${formatNumber(best.finalTestLoss)})`
        : null,
      ...(
        [
          ['stalled', ratesOf(runs, (r) => r.stalled && !r.diverged)],
          ['diverged', ratesOf(runs, (r) => r.diverged !== null)],
        ] as const
      ).map(([what, rates]) => (rates.length > 0 ? `${what} at ${rates.join(', ')}` : null)),
    ];
    const text = parts.filter((part) => part !== null).join('; ');
    return { norm, label: kindLabel(norm), color: kindTextColor(norm), text };
  });
}
