/** What `--scene NAME` prints after the run: the numbers that make the scene's point, as the lesson quotes them. */

import { critiqueReport } from './critique-report.ts';
import { inferenceProbe } from '../lab/inference-probe.ts';
import { borderlineDigits, regularizerProbe } from '../lab/regularizer-probe.ts';
import { scaleProbe } from '../lab/scale-probe.ts';
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

/** §3.1: test accuracy with running and population statistics, and in training mode by inference batch size. */
function inferenceTable(run: TwinRun): string {
  const result = inferenceProbe(run, run.probeContext);
  const names = Object.keys(result.nets);
  const pct = (v: number) => `${fixed(100 * v, 1)}%`;
  const rows = [
    ['running statistics', ...names.map((n) => pct(result.nets[n].running))],
    ['population (Algorithm 2)', ...names.map((n) => pct(result.nets[n].population))],
    ...result.batchSizes.map((b, i) => [`batch of ${b}`, ...names.map((n) => pct(result.nets[n].byBatchSize[i]))]),
  ];
  return `test accuracy at step ${result.step.toLocaleString('en-US')}\n${textTable(['', ...names], rows).join('\n')}\n`;
}

/** §3.4: a borderline digit's p(true class) over 200 batches of random mates, and the share of digits that flip. */
function regularizerTable(run: TwinRun): string {
  const [digit] = borderlineDigits(run, run.probeContext);
  const result = regularizerProbe(run, run.probeContext, digit.index);
  const rows = Object.entries(result.nets).map(([name, { pTrue, flipShare }]) => [
    name,
    fixed(Math.min(...pTrue), 3),
    fixed(Math.max(...pTrue), 3),
    fixed(Math.max(...pTrue) - Math.min(...pTrue), 3),
    `${fixed(100 * flipShare, 1)}%`,
  ]);
  const head = `probe digit ${result.digit} (a ${result.label}), p(true) ${fixed(digit.p, 3)} in inference mode, in ${
    Object.values(result.nets)[0]?.pTrue.length ?? 0
  } training-mode batches:`;
  const header = ['net', 'min p(true)', 'max p(true)', 'spread', 'digits that flip'];
  return `${head}\n${textTable(header, rows).join('\n')}\n`;
}

/** §3.3: L(a·W_l) and a·‖∂L/∂W_l‖ at a·W_l for the last hidden layer, on the last batch with batch statistics. */
function scaleTable(run: TwinRun): string {
  const layer = run.config.hidden.length;
  const result = scaleProbe(run, layer);
  const names = Object.keys(result.nets);
  const header = ['a', ...names.flatMap((n) => [`${n} L(a)`, `${n} a·‖∇L‖(a)`])];
  const rows = result.factors.map((a, i) => [
    a.toPrecision(3),
    ...names.flatMap((n) => [result.nets[n].loss[i].toPrecision(7), (a * result.nets[n].gradNorm[i]).toPrecision(7)]),
  ]);
  const head = `W${layer} scaled by a at step ${result.step.toLocaleString('en-US')}, on the last training batch:`;
  return `${head}\n${textTable(header, rows).join('\n')}\n`;
}

/** The scene's own numbers, or null where the summary table already says it all. */
export function sceneReport(scene: string, run: TwinRun): string | null {
  if (scene === 'center-trap') return firstBiasTable(run.history);
  if (scene === 'scale-invariance') return scaleTable(run);
  if (scene === 'inference') return inferenceTable(run);
  if (scene === 'regularizer') return regularizerTable(run);
  if (scene === 'santurkar') return critiqueReport(run.history);
  return null;
}
