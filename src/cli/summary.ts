/** The summary table printed when no --out is given: one row per probe, both nets side by side. */

import type { RunHistory } from '../protocol/history.ts';

const pct = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '—' : `${(100 * v).toFixed(1)}%`);
const num = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(4));

export function summaryTable(history: RunHistory): string {
  const names = Object.keys(history.nets);
  const header = [
    'step',
    ...names.flatMap((n) => [`${n} test acc`, `${n} test loss`, `${n} sat L${history.config.hidden.length}`]),
  ];
  const steps = [...new Set(names.flatMap((n) => history.nets[n].probes.map((p) => p.step)))].sort((a, b) => a - b);
  const rows = steps.map((step) => [
    step.toLocaleString('en-US'),
    ...names.flatMap((n) => {
      const p = history.nets[n].probes.find((q) => q.step === step);
      return [pct(p?.testAccuracy), num(p?.testLoss), pct(p?.layers.at(-1)?.saturation)];
    }),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  const notes = names
    .map(
      (n) =>
        history.nets[n].diverged &&
        `${n} diverged at step ${history.nets[n].diverged?.step}: ${history.nets[n].diverged?.reason}`,
    )
    .filter(Boolean);
  return [line(header), ...rows.map(line), ...notes].join('\n') + '\n';
}
