/** The paper's Figure 1(b, c): one unit's 15th–85th percentile band and median of its nonlinearity's input over steps. */

import { memo } from 'react';
import type { ProbeRecord } from '../protocol/history.ts';
import { seriesDomain, type Extent } from './domains.ts';
import { formatNumber } from './format.ts';
import { TimeSeriesChart } from './time-series-chart.tsx';
import type { TimeSeries } from './time-series.ts';

export interface PercentilePoint {
  readonly step: number;
  readonly p15: number;
  readonly p50: number;
  readonly p85: number;
}

export interface PercentileSeries {
  /** unique within the chart, e.g. the net's name */
  readonly name: string;
  readonly label?: string;
  readonly color: string;
  /** 0 for the first net of its kind; later ones are dotted or dash-dot with point markers */
  readonly variant?: number;
  readonly points: readonly PercentilePoint[];
  readonly divergedAt?: number | null;
}

export interface PercentileBandChartProps {
  readonly title: string;
  /** one band and one median per net; several nets share one y scale */
  readonly nets: readonly PercentileSeries[];
  readonly width: number;
  readonly height: number;
  /** default "input to the nonlinearity" */
  readonly yLabel?: string;
  readonly xLabel?: string;
  readonly xDomain?: Extent;
  /** pass percentileDomain(all nets) to give charts drawn one per net the same y scale */
  readonly yDomain?: Extent;
  readonly markerStep?: number | null;
  readonly legend?: boolean;
  /** a line under the chart, e.g. which statistics it shows */
  readonly caption?: string;
  /** link the crosshair with other charts, as in TimeSeriesChart */
  readonly hoverStep?: number | null;
  readonly onHoverStep?: (step: number | null) => void;
  readonly presenter?: boolean;
}

/**
 * One unit's percentiles over the probes: the input to Figure 1(b, c). With batch statistics, a BN net normalises the
 * probe set by its own mean and variance, as in training; probes without them fall back to the running statistics.
 */
export function unitPercentiles(
  probes: readonly ProbeRecord[],
  layer: number,
  unit: number,
  stats: 'batch' | 'inference' = 'batch',
): PercentilePoint[] {
  return probes.map((probe) => {
    const l = probe.layers[layer];
    const p = stats === 'batch' ? (l?.batchPercentiles ?? l?.percentiles) : l?.percentiles;
    return { step: probe.step, p15: p?.p15[unit] ?? NaN, p50: p?.p50[unit] ?? NaN, p85: p?.p85[unit] ?? NaN };
  });
}

function toSeries(net: PercentileSeries): TimeSeries {
  return {
    name: net.name,
    label: net.label,
    color: net.color,
    variant: net.variant,
    points: net.points.map((p) => ({ step: p.step, value: p.p50 })),
    band: net.points.map((p) => ({ step: p.step, lo: p.p15, hi: p.p85 })),
    divergedAt: net.divergedAt,
  };
}

/** The y domain covering every net's band, to share between charts. */
export function percentileDomain(nets: readonly PercentileSeries[]): Extent {
  return seriesDomain(nets.map(toSeries));
}

const readout = (p50: number, band: { readonly lo: number; readonly hi: number } | undefined) =>
  `p15 ${formatNumber(band?.lo ?? NaN)} · p50 ${formatNumber(p50)} · p85 ${formatNumber(band?.hi ?? NaN)}`;

function PercentileBandChartView({ nets, yLabel = 'input to the nonlinearity', ...rest }: PercentileBandChartProps) {
  return <TimeSeriesChart {...rest} series={nets.map(toSeries)} yLabel={yLabel} formatReadout={readout} />;
}

/** Memoised: an unchanged chart is skipped when its row re-renders for something else (a status, a hover). */
export const PercentileBandChart = memo(PercentileBandChartView);
