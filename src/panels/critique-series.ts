/**
 * Chart series of the critique's measurements (Santurkar et al. 2018): one series per net, of one hidden layer or of
 * the whole net, from the probes' shift, ics and landscape fields (NaN where a probe has none).
 */

import type { TimeSeries } from '../charts/time-series.ts';
import type { Landscape, LayerIcs, LayerProbe, LayerShift, ProbeRecord } from '../protocol/history.ts';
import type { Side } from './use-sides.ts';

type Records = readonly ProbeRecord[];

function netSeries(sides: readonly Side[], records: readonly Records[], value: (r: ProbeRecord) => number | undefined) {
  return sides.map((side, i): TimeSeries => ({
    name: side.name,
    color: side.color,
    variant: side.variant,
    points: records[i].map((r) => ({ step: r.step, value: value(r) ?? NaN })),
    divergedAt: side.diverged?.step ?? null,
  }));
}

const layerOf = (r: ProbeRecord, layer: number): LayerProbe | undefined => r.layers[layer];

/** Mean over units of |Δμ| or |Δσ| of one layer's sigmoid inputs since the previous probe. */
export const shiftSeries = (sides: readonly Side[], records: readonly Records[], layer: number, of: keyof LayerShift) =>
  netSeries(sides, records, (r) => layerOf(r, layer)?.shift?.[of]);

/** ‖G − G′‖₂ or cos(G, G′) of one layer's weight gradient. */
export const icsSeries = (sides: readonly Side[], records: readonly Records[], layer: number, of: keyof LayerIcs) =>
  netSeries(sides, records, (r) => layerOf(r, layer)?.ics?.[of]);

/** One landscape number per probe: β_eff or the gradient predictiveness. */
export const landscapeSeries = (sides: readonly Side[], records: readonly Records[], of: keyof Landscape) =>
  netSeries(sides, records, (r) => r.landscape?.[of]);

/** The lowest loss along the gradient as the line, and the range [lossMin, lossMax] as its band. */
export function lossRangeSeries(sides: readonly Side[], records: readonly Records[]): TimeSeries[] {
  return landscapeSeries(sides, records, 'lossMin').map((series, i) => ({
    ...series,
    band: records[i].map((r) => ({ step: r.step, lo: r.landscape?.lossMin ?? NaN, hi: r.landscape?.lossMax ?? NaN })),
  }));
}

/** Whether any probe of any net has this measurement (of this layer). */
export function hasMeasured(records: readonly Records[], pick: (r: ProbeRecord) => unknown): boolean {
  return records.some((net) => net.some((r) => pick(r) != null));
}
