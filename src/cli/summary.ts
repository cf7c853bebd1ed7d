/** The summary table printed when no --out is given: one row per probe, every net side by side. */

import { runFingerprint } from '../protocol/history-fingerprint.ts';
import type { RunHistory } from '../protocol/history.ts';

const pct = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '—' : `${(100 * v).toFixed(1)}%`);
const num = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(4));

/** Right-aligned columns under a header. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  return [line(header), ...rows.map(line)];
}

/** Every probed step of any net, in order. */
export function probedSteps(history: RunHistory): number[] {
  const names = Object.keys(history.nets);
  return [...new Set(names.flatMap((n) => history.nets[n].probes.map((p) => p.step)))].sort((a, b) => a - b);
}

export function summaryTable(history: RunHistory): string {
  const names = Object.keys(history.nets);
  const header = [
    'step',
    ...names.flatMap((n) => [`${n} test acc`, `${n} test loss`, `${n} sat L${history.config.hidden.length}`]),
  ];
  const rows = probedSteps(history).map((step) => [
    step.toLocaleString('en-US'),
    ...names.flatMap((n) => {
      const p = history.nets[n].probes.find((q) => q.step === step);
      return [pct(p?.testAccuracy), num(p?.testLoss), pct(p?.layers.at(-1)?.saturation)];
    }),
  ]);
  const notes = names
    .map(
      (n) =>
        history.nets[n].diverged &&
        `${n} diverged at step ${history.nets[n].diverged?.step}: ${history.nets[n].diverged?.reason}`,
    )
    .filter(Boolean);
  return [...textTable(header, rows), ...notes].join('\n') + '\n';
}

/** The fingerprint the lab's page shows for the same config (summary-table runs end with it), to compare at a glance. */
export function fingerprintLine(history: RunHistory): string {
  return `run fingerprint #${runFingerprint(history)} (every probe's numbers; the same config gives the same in the lab)\n`;
}
