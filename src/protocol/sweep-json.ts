/**
 * A sweep's result file: reproducible JSON (no wall-clock fields, NaN as null) with the base config, the grid and
 * every run's result in the plan's order, whichever worker finished first.
 */

import type { KernelBackend } from './history.ts';
import { sweepProbeEvery, type SweepPlan, type SweepRunResult } from './sweep.ts';
import { replacer } from './history-json.ts';

/** Version 1: the first. */
export function sweepToJson(plan: SweepPlan, results: readonly SweepRunResult[], backend: KernelBackend): string {
  const { kinds, lrMin, lrMax, count, steps } = plan.request;
  const file = {
    version: 1,
    config: plan.config,
    backend,
    sweep: { kinds, lrMin, lrMax, count, steps, probeEvery: sweepProbeEvery(steps) },
    grid: plan.grid,
    results,
  };
  return JSON.stringify(file, replacer, 2);
}
