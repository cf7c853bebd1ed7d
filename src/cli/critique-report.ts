/**
 * The numbers of the "Is it really covariate shift?" scene: per net, the last hidden layer's distribution shift,
 * gradient ICS of the layers above the first and β_eff at a few steps, then their means over every probe after
 * step 0 (single probes scatter: each is one batch at one step).
 */

import type { ProbeRecord, RunHistory } from '../protocol/history.ts';
import { probedSteps, textTable } from './summary.ts';

/** The steps the scene quotes; those the run did not probe are left out. */
const QUOTED_STEPS = [100, 500, 1000, 2000, 3000, 5000];

const sig = (v: number | null | undefined) =>
  v === null || v === undefined || !Number.isFinite(v) ? '—' : Number(v.toPrecision(3)).toString();
const pct = (v: number) => `${(100 * v).toFixed(1)}%`;

function mean(values: readonly (number | null | undefined)[]): number {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return finite.length === 0 ? NaN : finite.reduce((sum, v) => sum + v, 0) / finite.length;
}

/** Shift, ICS and β_eff of one probe: shift of the last layer, ‖G − G′‖₂ / cos of layers 2 and up. */
function measureCells(probe: ProbeRecord): string[] {
  const last = probe.layers[probe.layers.length - 1];
  const ics = probe.layers.slice(1).map((layer) => `${sig(layer.ics?.l2)} / ${sig(layer.ics?.cos)}`);
  return [sig(last.shift?.mean), sig(last.shift?.std), ...ics, sig(probe.landscape?.betaEff)];
}

function headers(history: RunHistory, first: string): string[] {
  const n = history.config.hidden.length;
  const ics = history.config.hidden.slice(1).map((_, l) => `ICS L${l + 2} ‖G−G′‖ / cos`);
  return [first, 'net', 'test acc', `shift L${n} |Δμ|`, `shift L${n} |Δσ|`, ...ics, 'β_eff'];
}

function atSteps(history: RunHistory): string {
  const probed = new Set(probedSteps(history));
  const rows = QUOTED_STEPS.filter((step) => probed.has(step)).flatMap((step) =>
    Object.entries(history.nets).flatMap(([name, net]) => {
      const probe = net.probes.find((p) => p.step === step);
      return probe ? [[step.toLocaleString('en-US'), name, pct(probe.testAccuracy), ...measureCells(probe)]] : [];
    }),
  );
  return textTable(headers(history, 'step'), rows).join('\n');
}

/** Means over every probe after step 0; the accuracy column is the last probe's. */
function means(history: RunHistory): string {
  const rows = Object.entries(history.nets).map(([name, net]) => {
    const probes = net.probes.filter((p) => p.step > 0);
    const last = probes[probes.length - 1];
    const layerMean = (l: number, pick: (layer: ProbeRecord['layers'][number]) => number | undefined) =>
      mean(probes.map((p) => pick(p.layers[l])));
    const n = history.config.hidden.length;
    const ics = history.config.hidden
      .slice(1)
      .map((_, i) => `${sig(layerMean(i + 1, (l) => l.ics?.l2))} / ${sig(layerMean(i + 1, (l) => l.ics?.cos))}`);
    return [
      `${probes.length} probes`,
      name,
      last ? pct(last.testAccuracy) : '—',
      sig(layerMean(n - 1, (l) => l.shift?.mean)),
      sig(layerMean(n - 1, (l) => l.shift?.std)),
      ...ics,
      sig(mean(probes.map((p) => p.landscape?.betaEff))),
    ];
  });
  return textTable(headers(history, 'mean of'), rows).join('\n');
}

/** Each net's largest gap to the bn net's test accuracy from step 500 on, in points. */
function gapToBn(history: RunHistory): string {
  const bn = Object.values(history.nets).find((net) => net.norm === 'bn');
  if (!bn) return '';
  const lines = Object.entries(history.nets)
    .filter(([, net]) => net !== bn)
    .map(([name, net]) => {
      const gaps = net.probes.flatMap((p) => {
        const twin = bn.probes.find((q) => q.step === p.step);
        return p.step >= 500 && twin ? [Math.abs(p.testAccuracy - twin.testAccuracy)] : [];
      });
      return `${name}: at most ${(100 * Math.max(...gaps)).toFixed(1)} points from ${bn.name} from step 500 on`;
    });
  return lines.join('\n') + '\n';
}

export function critiqueReport(history: RunHistory): string {
  return `${atSteps(history)}\n\n${means(history)}\n\n${gapToBn(history)}`;
}
