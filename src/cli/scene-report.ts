/** What `--scene NAME` prints after the run: the numbers that make the scene's point, as the lesson quotes them. */

import type { TwinRun } from '../lab/twin-run.ts';
import type { RunHistory } from '../protocol/history.ts';
import { probedSteps, textTable } from './summary.ts';

const fixed = (v: number | null | undefined, digits: number) =>
  v === null || v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(digits);

/** §2: ‖b₁‖ of every net at every probe (— where the kind has no hidden bias), with its test accuracy. */
function firstBiasTable(history: RunHistory): string {
  const names = Object.keys(history.nets);
  const header = ['step', ...names.flatMap((n) => [`${n} ‖b1‖`, `${n} test acc`])];
  const rows = probedSteps(history).map((step) => [
    step.toLocaleString('en-US'),
    ...names.flatMap((n) => {
      const p = history.nets[n].probes.find((q) => q.step === step);
      return [fixed(p?.layers[0].biasNorm, 3), p ? `${fixed(100 * p.testAccuracy, 1)}%` : '—'];
    }),
  ]);
  return textTable(header, rows).join('\n') + '\n';
}

/** The scene's own numbers, or null where the summary table already says it all. */
export function sceneReport(scene: string, run: TwinRun): string | null {
  if (scene === 'center-trap') return firstBiasTable(run.history);
  return null;
}
