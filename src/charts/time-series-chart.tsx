/** Several named series of (step, value) over training steps: loss, accuracy, saturation, gradient norms, γ and β. */

import * as d3 from 'd3';
import { seriesDomain, stepDomain, type Extent } from './domains.ts';
import { formatNumber, formatScientific, formatStep } from './format.ts';
import { unionSteps } from './nearest-step.ts';
import { plotArea } from './plot-area.ts';
import { chartSizes } from './theme.ts';
import { TimePlot, type DivergedMark, type TimeReadoutRow } from './time-plot.tsx';
import { valueAxis, type ValueAxis } from './value-axis.ts';

export interface TimePoint {
  readonly step: number;
  readonly value: number;
}

export interface BandPoint {
  readonly step: number;
  readonly lo: number;
  readonly hi: number;
}

export interface TimeSeries {
  /** unique within the chart; the path's data-series attribute */
  readonly name: string;
  /** legend and read-out text; defaults to name */
  readonly label?: string;
  readonly color: string;
  /** in step order; NaN values are skipped */
  readonly points: readonly TimePoint[];
  /** e.g. train loss next to test loss */
  readonly dashed?: boolean;
  /** a faint area behind the line, e.g. the min–max of γ over units */
  readonly band?: readonly BandPoint[];
  /** the step this series' net diverged at: a ✕ there */
  readonly divergedAt?: number | null;
}

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
  /** default: the extent of the values (see seriesDomain); pass a shared one for paired charts */
  readonly yDomain?: Extent;
  /** log y axis (gradient norms): values ≤ 0 are skipped, ticks are powers of ten */
  readonly log?: boolean;
  /** the scrubber position: a vertical line */
  readonly markerStep?: number | null;
  /** read-out text for a value (and its band); default: 3 significant digits, scientific on a log axis */
  readonly formatReadout?: (value: number, band: BandPoint | undefined) => string;
  /** default true */
  readonly legend?: boolean;
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

const labelOf = (s: TimeSeries) => s.label ?? s.name;

export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const { series, width, height, log = false, presenter = false } = props;
  const sizes = chartSizes(presenter);
  const area = plotArea(width, height, sizes);
  const xDomain = props.xDomain ?? stepDomain(series.map((s) => s.points.map((p) => p.step)));
  const x = d3.scaleLinear().domain(xDomain).range([0, area.innerWidth]);
  const y = valueAxis(props.yDomain ?? seriesDomain(series, { log }), area.innerHeight, sizes.fontSize, log);
  const ok = (v: number) => Number.isFinite(v) && (!log || v > 0);
  const readout = props.formatReadout ?? defaultReadout(log ? formatScientific : formatNumber);
  const lookups = series.map((s) => ({
    s,
    values: new Map(s.points.map((p) => [p.step, p.value])),
    bands: new Map((s.band ?? []).map((b) => [b.step, b])),
  }));
  const rowsAt = (step: number): TimeReadoutRow[] =>
    lookups.map(({ s, values, bands }) => {
      const v = values.get(step) ?? NaN;
      const value = readout(v, bands.get(step));
      return { key: s.name, label: labelOf(s), color: s.color, value, y: ok(v) ? y.scale(v) : undefined };
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
    band: !!s.band,
  }));
  return (
    <TimePlot
      title={props.title}
      description={describe(series)}
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
    >
      <SeriesMarks series={series} x={x} y={y.scale} ok={ok} lineWidth={sizes.lineWidth} />
    </TimePlot>
  );
}

interface SeriesMarksProps {
  readonly series: readonly TimeSeries[];
  readonly x: (step: number) => number;
  readonly y: (value: number) => number;
  /** drawable: finite, and positive on a log axis */
  readonly ok: (value: number) => boolean;
  readonly lineWidth: number;
}

/** Bands first, then lines (a gap wherever a value is not drawable), then dots for lone points. */
function SeriesMarks({ series, x, y, ok, lineWidth }: SeriesMarksProps) {
  const line = d3
    .line<TimePoint>()
    .defined((p) => ok(p.value))
    .x((p) => x(p.step))
    .y((p) => y(p.value));
  const band = d3
    .area<BandPoint>()
    .defined((b) => ok(b.lo) && ok(b.hi))
    .x((b) => x(b.step))
    .y0((b) => y(b.lo))
    .y1((b) => y(b.hi));
  return (
    <>
      {series.map((s) => {
        const d = s.band ? band(s.band) : null;
        return d ? (
          <path key={s.name} data-band={s.name} d={d} fill={s.color} fillOpacity={0.18} stroke="none" />
        ) : null;
      })}
      {series.map((s) => {
        const d = line(s.points);
        return d ? (
          <path
            key={s.name}
            data-series={s.name}
            d={d}
            fill="none"
            stroke={s.color}
            strokeWidth={lineWidth}
            strokeDasharray={s.dashed ? `${lineWidth * 4} ${lineWidth * 2}` : undefined}
            strokeLinejoin="round"
          />
        ) : null;
      })}
      {series.flatMap((s) =>
        isolatedPoints(s.points, ok).map((p) => (
          <circle
            key={`${s.name}-${p.step}`}
            data-point={s.name}
            cx={x(p.step)}
            cy={y(p.value)}
            r={lineWidth * 1.5}
            fill={s.color}
          />
        )),
      )}
    </>
  );
}

/** Points with no drawable neighbour: a line cannot show them, so they get a dot. */
function isolatedPoints(points: readonly TimePoint[], ok: (v: number) => boolean): TimePoint[] {
  return points.filter((p, i) => ok(p.value) && !ok(points[i - 1]?.value ?? NaN) && !ok(points[i + 1]?.value ?? NaN));
}

/** y of the last drawable value at or before the step. */
function lastValueY(s: TimeSeries, step: number, ok: (v: number) => boolean, y: ValueAxis): number | undefined {
  const last = s.points.findLast((p) => p.step <= step && ok(p.value));
  return last ? y.scale(last.value) : undefined;
}

/** For screen readers: each series' latest value. */
function describe(series: readonly TimeSeries[]): string {
  return series
    .map((s) => {
      const last = s.points.findLast((p) => Number.isFinite(p.value));
      return `${labelOf(s)}: ${last ? `${formatNumber(last.value)} at step ${formatStep(last.step)}` : 'no values yet'}`;
    })
    .join('; ');
}
