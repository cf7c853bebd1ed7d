/** Several named series of (step, value) over training steps: loss, accuracy, saturation, gradient norms, γ and β. */

import { memo } from 'react';
import * as d3 from 'd3';
import { seriesDomain, stepDomain, type Extent } from './domains.ts';
import { summarizeTimeSeries } from './chart-summaries.ts';
import { EDGE_SYMBOL, EDGE_WORDS, offAxis, placedY } from './edge-marks.tsx';
import { formatNumber, formatScientific } from './format.ts';
import { unionSteps } from './nearest-step.ts';
import { plotArea } from './plot-area.ts';
import { ClippedSeriesMarks, PointMarks } from './series-marks.tsx';
import { chartSizes } from './theme.ts';
import { TimePlot, type DivergedMark, type TimeReadoutRow } from './time-plot.tsx';
import { labelOf, type BandPoint, type TimeSeries } from './time-series.ts';
import { valueAxis, type ValueAxis } from './value-axis.ts';

export interface TimeSeriesChartProps {
  /** accessible name and <title> */
  readonly title: string;
  readonly series: readonly TimeSeries[];
  readonly width: number;
  readonly height: number;
  readonly yLabel: string;
  /** default "step" */
  readonly xLabel?: string;
  /** default: the extent of the steps; pass a shared one for paired charts */
  readonly xDomain?: Extent;
  /** default: the extent of the values (see seriesDomain); values beyond it get a ▲ or ▼ on the edge they pass */
  readonly yDomain?: Extent;
  /** log y axis (gradient norms): negative values are skipped, ticks are powers of ten */
  readonly log?: boolean;
  /** log axis: a "0" lane below the lowest decade for values of exactly 0; default: when a series has a 0 */
  readonly zeroLane?: boolean;
  /** the scrubber position: a vertical line */
  readonly markerStep?: number | null;
  /** read-out text for a value (and its band); default: 3 significant digits, scientific on a log axis */
  readonly formatReadout?: (value: number, band: BandPoint | undefined) => string;
  /** default true */
  readonly legend?: boolean;
  /** a line under the chart, e.g. which statistics it shows */
  readonly caption?: string;
  /** the step hovered in a linked chart (e.g. the other side of a pair): its crosshair shows here too */
  readonly hoverStep?: number | null;
  /** hears the hovered step (null on leave), to link paired charts' crosshairs */
  readonly onHoverStep?: (step: number | null) => void;
  readonly presenter?: boolean;
}

function defaultReadout(format: (v: number) => string) {
  return (value: number, band: BandPoint | undefined) =>
    band ? `${format(value)} (${format(band.lo)} – ${format(band.hi)})` : format(value);
}

const hasZero = (series: readonly TimeSeries[]) => series.some((s) => s.points.some((p) => p.value === 0));

function TimeSeriesChartView(props: TimeSeriesChartProps) {
  const { series, width, height, log = false, presenter = false } = props;
  const sizes = chartSizes(presenter);
  const area = plotArea(width, height, sizes);
  const H = area.innerHeight;
  const xDomain = props.xDomain ?? stepDomain(series.map((s) => s.points.map((p) => p.step)));
  const x = d3.scaleLinear().domain(xDomain).range([0, area.innerWidth]);
  const zeroLane = log && (props.zeroLane ?? hasZero(series));
  const y = valueAxis(props.yDomain ?? seriesDomain(series, { log }), H, sizes.fontSize, log, zeroLane);
  const ok = (v: number) => Number.isFinite(v) && (!log || v > 0 || (zeroLane && v === 0));
  const format = props.formatReadout ?? defaultReadout(log ? formatScientific : formatNumber);
  const rowsAt = readoutRows(series, y, H, ok, format);
  const summary = summarizeTimeSeries({
    quantity: props.yLabel,
    series,
    format,
    edgeOf: (v) => (ok(v) ? offAxis(v, y) : null),
    markerStep: props.markerStep,
  });
  const diverged: DivergedMark[] = series.flatMap((s) =>
    s.divergedAt == null
      ? []
      : [{ key: s.name, label: labelOf(s), color: s.color, step: s.divergedAt, y: lastValueY(s, s.divergedAt, ok, y) }],
  );
  const legend = series.map((s) => ({
    key: s.name,
    label: labelOf(s),
    color: s.color,
    dashed: s.dashed,
    variant: s.variant,
    band: !!s.band,
  }));
  const marks = { series, x, y, innerWidth: area.innerWidth, innerHeight: H, ok, lineWidth: sizes.lineWidth };
  return (
    <TimePlot
      title={props.title}
      summary={summary}
      caption={props.caption}
      width={width}
      height={height}
      area={area}
      sizes={sizes}
      x={x}
      y={y}
      xLabel={props.xLabel ?? 'step'}
      yLabel={props.yLabel}
      steps={unionSteps(series.map((s) => s.points.map((p) => p.step)))}
      rowsAt={rowsAt}
      markerStep={props.markerStep}
      hoverStep={props.hoverStep}
      onHoverStep={props.onHoverStep}
      diverged={diverged}
      legend={props.legend === false ? undefined : legend}
      marks={<PointMarks {...marks} />}
    >
      <ClippedSeriesMarks {...marks} />
    </TimePlot>
  );
}

/** The read-out at a step: each series' value, with a note when it lies off the axis, and its crosshair dot's y. */
function readoutRows(
  series: readonly TimeSeries[],
  y: ValueAxis,
  innerHeight: number,
  ok: (v: number) => boolean,
  readout: (value: number, band: BandPoint | undefined) => string,
) {
  const lookups = series.map((s) => ({
    s,
    values: new Map(s.points.map((p) => [p.step, p.value])),
    bands: new Map((s.band ?? []).map((b) => [b.step, b])),
  }));
  return (step: number): TimeReadoutRow[] =>
    lookups.map(({ s, values, bands }) => {
      const v = values.get(step) ?? NaN;
      const edge = ok(v) ? offAxis(v, y) : null;
      const value = readout(v, bands.get(step)) + (edge ? ` (${EDGE_SYMBOL[edge]} ${EDGE_WORDS[edge]})` : '');
      return {
        key: s.name,
        label: labelOf(s),
        color: s.color,
        value,
        y: ok(v) ? placedY(v, y, innerHeight) : undefined,
      };
    });
}

/** y of the last drawable value at or before the step. */
function lastValueY(s: TimeSeries, step: number, ok: (v: number) => boolean, y: ValueAxis): number | undefined {
  const last = s.points.findLast((p) => p.step <= step && ok(p.value));
  return last ? y.scale(last.value) : undefined;
}

/** Memoised: an unchanged chart is skipped when its row re-renders for something else (a status, a hover). */
export const TimeSeriesChart = memo(TimeSeriesChartView);
