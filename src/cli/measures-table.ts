/**
 * The critique's measurements (config.measure) as a table after the summary: one row per probe and net, with the
 * shift (mean |Δmean|) of every hidden layer, gradient ICS ‖G − G′‖₂ and cos of layers 2 and up, and the landscape.
 * Only the measurements the run took have columns; nothing at all when it took none.
 */

import type { ProbeRecord, RunHistory } from '../protocol/history.ts';
import { probedSteps, textTable } from './summary.ts';

const sig = (v: number | null | undefined) =>
  v === null || v === undefined || !Number.isFinite(v) ? '—' : Number(v.toPrecision(3)).toString();

interface Column {
  readonly head: string;
  readonly cell: (probe: ProbeRecord) => string;
}

function columnsOf(history: RunHistory): Column[] {
  const probes = Object.values(history.nets).flatMap((net) => net.probes);
  const has = (pick: (p: ProbeRecord) => unknown) => probes.some((p) => pick(p) !== undefined);
  const layers = history.config.hidden.map((_, l) => l);
  const upper = layers.slice(1);
  return [
    ...(has((p) => p.layers[0].shift)
      ? layers.map((l) => ({ head: `shift L${l + 1}`, cell: (p: ProbeRecord) => sig(p.layers[l].shift?.mean) }))
      : []),
    ...(has((p) => p.layers[0].ics)
      ? upper.flatMap((l) => [
          { head: `ICS L${l + 1} ‖G−G′‖`, cell: (p: ProbeRecord) => sig(p.layers[l].ics?.l2) },
          { head: `ICS L${l + 1} cos`, cell: (p: ProbeRecord) => sig(p.layers[l].ics?.cos) },
        ])
      : []),
    ...(has((p) => p.landscape)
      ? [
          { head: 'loss min', cell: (p: ProbeRecord) => sig(p.landscape?.lossMin) },
          { head: 'loss max', cell: (p: ProbeRecord) => sig(p.landscape?.lossMax) },
          { head: 'grad pred', cell: (p: ProbeRecord) => sig(p.landscape?.gradPredictiveness) },
          { head: 'β_eff', cell: (p: ProbeRecord) => sig(p.landscape?.betaEff) },
        ]
      : []),
  ];
}

export function measuresTable(history: RunHistory): string {
  const columns = columnsOf(history);
  if (columns.length === 0) return '';
  const rows = probedSteps(history).flatMap((step) =>
    Object.entries(history.nets).flatMap(([name, net]) => {
      const probe = net.probes.find((p) => p.step === step);
      return probe ? [[step.toLocaleString('en-US'), name, ...columns.map((c) => c.cell(probe))]] : [];
    }),
  );
  return '\n' + textTable(['step', 'net', ...columns.map((c) => c.head)], rows).join('\n') + '\n';
}
