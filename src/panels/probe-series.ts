/** Chart series derived from the probes: pure functions of a net's records, memoised on the records array. */

import * as d3 from 'd3';
import type { BandPoint, TimePoint, TimeSeries } from '../charts/time-series.ts';
import type { ProbeHistogram } from '../charts/ridgeline-chart.tsx';
import { layerColor } from '../charts/theme.ts';
import type { ProbeRecord, Summary } from '../protocol/history.ts';
import type { StatsMode } from '../store/lab-state.ts';
import type { Side } from './use-sides.ts';

type Records = readonly ProbeRecord[];

const points = (records: Records, value: (r: ProbeRecord) => number | undefined): TimePoint[] =>
  records.map((r) => ({ step: r.step, value: value(r) ?? NaN }));

/** A lighter shade of a net's colour, for secondary series. */
function faint(color: string): string {
  return d3.interpolateRgb(color, '#ffffff')(0.45);
}

/** The hidden layers the records have (all records of a net share one architecture). */
function layerCount(records: Records): number {
  return records[0]?.layers.length ?? 0;
}

/** Test loss (solid) and train loss (dashed) of each side. */
export function lossSeries(sides: readonly Side[], records: readonly Records[]): TimeSeries[] {
  return sides.flatMap((side, i) => [
    {
      name: `${side.name}-test`,
      label: `${side.name} test`,
      color: side.color,
      variant: side.variant,
      points: points(records[i], (r) => r.testLoss),
      divergedAt: side.diverged?.step ?? null,
    },
    {
      name: `${side.name}-train`,
      label: `${side.name} train`,
      color: side.color,
      variant: side.variant,
      dashed: true,
      points: points(records[i], (r) => r.trainLoss),
    },
  ]);
}

/** Test accuracy in % per side; BN nets optionally also with population and batch statistics (faint, dashed). */
export function accuracySeries(sides: readonly Side[], records: readonly Records[], bnDetail: boolean): TimeSeries[] {
  const percent = (v: number | undefined) => (v === undefined ? NaN : v * 100);
  return sides.flatMap((side, i) => {
    const main: TimeSeries = {
      name: side.name,
      color: side.color,
      variant: side.variant,
      points: points(records[i], (r) => percent(r.testAccuracy)),
      divergedAt: side.diverged?.step ?? null,
    };
    if (!bnDetail || !side.bn) return [main];
    const color = faint(side.color);
    return [
      main,
      {
        name: `${side.name}-population`,
        label: `${side.name} population stats`,
        color,
        variant: side.variant,
        dashed: true,
        points: points(records[i], (r) => percent(r.populationAccuracy)),
      },
      {
        name: `${side.name}-batch`,
        label: `${side.name} batch stats`,
        color,
        variant: side.variant,
        dashed: true,
        points: points(records[i], (r) => percent(r.batchStatsAccuracy)),
      },
    ];
  });
}

/** One series per hidden layer, L1 darkest, from a per-layer value (a diverged net's whole cell is greyed instead of a ✕). */
function perLayerSeries(
  side: Side,
  records: Records,
  value: (layer: ProbeRecord['layers'][number]) => number | undefined,
): TimeSeries[] {
  const n = layerCount(records);
  return d3.range(n).map((l) => ({
    name: `L${l + 1}`,
    color: layerColor(side.color, l, n),
    variant: side.variant,
    points: points(records, (r) => {
      const layer = r.layers[l];
      return layer ? value(layer) : NaN;
    }),
  }));
}

/** Saturated share in % per layer. */
export const saturationSeries = (side: Side, records: Records): TimeSeries[] =>
  perLayerSeries(side, records, (layer) => layer.saturation * 100);

/** ‖∂L/∂W‖ per layer, averaged over the steps since the previous probe. */
export const gradNormSeries = (side: Side, records: Records): TimeSeries[] =>
  perLayerSeries(side, records, (layer) => layer.gradNorm.W);

/** ‖W‖_F per layer: the Frobenius norm of the weight matrix, √(Σ w²). */
export const weightNormSeries = (side: Side, records: Records): TimeSeries[] =>
  perLayerSeries(side, records, (layer) => layer.weightNorm);

/** ‖b‖₂ per layer; a layer without a hidden bias (BN) has no value. */
export const biasNormSeries = (side: Side, records: Records): TimeSeries[] =>
  perLayerSeries(side, records, (layer) => layer.biasNorm ?? undefined);

/** γ or β per BN layer: the mean over units, with their min–max as a band. */
export function bnParamSeries(side: Side, records: Records, param: 'gamma' | 'beta'): TimeSeries[] {
  return perLayerSeries(side, records, (layer) => layer[param]?.mean).map((series, l) => ({
    ...series,
    band: records.map((r): BandPoint => {
      const s: Summary | undefined = r.layers[l]?.[param];
      return { step: r.step, lo: s?.min ?? NaN, hi: s?.max ?? NaN };
    }),
  }));
}

/**
 * One layer's histogram per probe: the nonlinearity's input, or the raw x·Wᵀ of a BN net (before BN, so the same in
 * either mode). With batch statistics, probes recorded without them fall back to the running statistics.
 */
export function layerHistograms(records: Records, layer: number, raw: boolean, stats: StatsMode): ProbeHistogram[] {
  return records.flatMap((r) => {
    const probe = r.layers[layer];
    if (!probe) return [];
    const normalised = stats === 'batch' ? (probe.batchHistogram ?? probe.histogram) : probe.histogram;
    return [{ step: r.step, histogram: raw ? (probe.rawHistogram ?? probe.histogram) : normalised }];
  });
}

/**
 * The statistics a normalising net's distribution charts actually show: batch ones only when asked for and the
 * newest probe has them; null for a net without normalisation, which has one mode only.
 */
export function statsShown(side: Side, records: Records, layer: number, asked: StatsMode): StatsMode | null {
  if (side.kind === 'none') return null;
  return asked === 'batch' && records.at(-1)?.layers[layer]?.batchHistogram ? 'batch' : 'inference';
}

/** What a distribution chart says under it about the statistics it shows. */
export const STATS_CAPTION: Readonly<Record<StatsMode, string>> = {
  batch: 'BN with batch statistics (training mode)',
  inference: 'BN with running statistics (inference mode)',
};
