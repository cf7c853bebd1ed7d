/** The marks of a time chart's series: bands, lines, lone-point dots, variant markers, and off-axis triangles. */

import * as d3 from 'd3';
import { EdgeMarks } from './edge-marks.tsx';
import { dashArray, variantSymbol } from './line-style.ts';
import { thinIndices } from './nearest-step.ts';
import type { BandPoint, TimePoint, TimeSeries } from './time-series.ts';
import type { ValueAxis } from './value-axis.ts';

export interface SeriesMarksProps {
  readonly series: readonly TimeSeries[];
  readonly x: (step: number) => number;
  readonly y: ValueAxis;
  readonly innerWidth: number;
  readonly innerHeight: number;
  /** drawable: finite, and positive (or 0, with a zero lane) on a log axis */
  readonly ok: (value: number) => boolean;
  readonly lineWidth: number;
}

/** Bands and lines go in the clipped plot: a line to a value off the axis runs out of the plot, not along its edge. */
export function ClippedSeriesMarks({ series, x, y, ok, lineWidth }: SeriesMarksProps) {
  const line = d3
    .line<TimePoint>()
    .defined((p) => ok(p.value))
    .x((p) => x(p.step))
    .y((p) => y.scale(p.value));
  const band = d3
    .area<BandPoint>()
    .defined((b) => ok(b.lo) && ok(b.hi))
    .x((b) => x(b.step))
    .y0((b) => y.scale(b.lo))
    .y1((b) => y.scale(b.hi));
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
            strokeDasharray={dashArray(lineWidth, s.dashed, s.variant)}
            strokeLinejoin="round"
          />
        ) : null;
      })}
    </>
  );
}

/** Points drawn on top, unclipped: dots for lone points, variant markers, and triangles for values off the axis. */
export function PointMarks({ series, x, y, innerWidth, innerHeight, ok, lineWidth }: SeriesMarksProps) {
  const onAxis = (p: TimePoint) => ok(p.value) && y.scale(p.value) >= -0.5 && y.scale(p.value) <= innerHeight + 0.5;
  const diameter = lineWidth * 3.5;
  // a marker at every probe while they are two diameters apart; beyond that they would merge into a thick band
  const fit = Math.max(2, Math.floor(innerWidth / (diameter * 2)));
  return (
    <>
      {series.flatMap((s) =>
        isolatedPoints(s.points, ok)
          .filter(onAxis)
          .map((p) => (
            <circle
              key={`${s.name}-${p.step}`}
              data-point={s.name}
              cx={x(p.step)}
              cy={y.scale(p.value)}
              r={lineWidth * 1.5}
              fill={s.color}
            />
          )),
      )}
      {series.map((s) => {
        const symbol = variantSymbol(s.variant ?? 0, diameter);
        if (!symbol) return null;
        const shown = thinIndices(s.points.length, fit).map((i) => s.points[i]);
        return (
          <g key={s.name} data-variant-markers={s.name} fill={s.color} stroke="#fff" strokeWidth={0.75}>
            {shown.filter(onAxis).map((p) => (
              <path key={p.step} d={symbol} transform={`translate(${x(p.step)},${y.scale(p.value)})`} />
            ))}
          </g>
        );
      })}
      {series.map((s) => (
        <EdgeMarks
          key={s.name}
          name={s.name}
          color={s.color}
          points={s.points}
          x={x}
          axis={y}
          innerHeight={innerHeight}
          ok={ok}
          size={lineWidth * 6}
        />
      ))}
    </>
  );
}

/** Points with no drawable neighbour: a line cannot show them, so they get a dot. */
function isolatedPoints(points: readonly TimePoint[], ok: (v: number) => boolean): TimePoint[] {
  return points.filter((p, i) => ok(p.value) && !ok(points[i - 1]?.value ?? NaN) && !ok(points[i + 1]?.value ?? NaN));
}
