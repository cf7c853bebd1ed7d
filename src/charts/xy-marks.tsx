/** The marks of an x–y chart: each net's line with a marker per point, and the key to the reference lines' patterns. */

import * as d3 from 'd3';
import { dashArray, variantSymbol } from './line-style.ts';
import { MUTED_TEXT_COLOR, type ChartSizes } from './theme.ts';
import type { ValueAxis } from './value-axis.ts';
import type { ReferencePattern, XYPoint, XYSeries } from './xy-series.ts';

/** Reference lines are dashed or dotted; the dotted pattern is the one a net's second variant uses. */
export const patternDash = (pattern: ReferencePattern, lineWidth: number) =>
  pattern === 'dashed' ? dashArray(lineWidth, true) : dashArray(lineWidth, false, 1);

interface SeriesLineProps {
  readonly series: XYSeries;
  readonly x: (v: number) => number;
  readonly y: ValueAxis;
  readonly ok: (v: number) => boolean;
  readonly lineWidth: number;
  readonly formatX: (x: number) => string;
  readonly formatY: (y: number) => string;
}

/** A net's line and a marker at every point (a dot, or the variant's symbol), each with its value as a tooltip. */
export function SeriesLine({ series, x, y, ok, lineWidth, formatX, formatY }: SeriesLineProps) {
  const line = d3
    .line<XYPoint>()
    .defined((p) => ok(p.y))
    .x((p) => x(p.x))
    .y((p) => y.scale(p.y));
  const symbol = variantSymbol(series.variant ?? 0, lineWidth * 3.5);
  return (
    <g data-net={series.name} fill={series.color}>
      <path
        data-series={series.name}
        d={line(series.points) ?? undefined}
        fill="none"
        stroke={series.color}
        strokeWidth={lineWidth}
        strokeDasharray={dashArray(lineWidth, false, series.variant)}
        strokeLinejoin="round"
      />
      {series.points
        .filter((p) => ok(p.y))
        .map((p) => (
          <g key={p.x} transform={`translate(${x(p.x)},${y.scale(p.y)})`}>
            {symbol ? (
              <path d={symbol} stroke="#fff" strokeWidth={0.75} />
            ) : (
              <circle r={lineWidth * 1.5} stroke="#fff" strokeWidth={0.5} />
            )}
            <title>{`${series.name} at ${formatX(p.x)}: ${formatY(p.y)}`}</title>
          </g>
        ))}
    </g>
  );
}

const KEY_STYLE = {
  listStyle: 'none',
  display: 'flex',
  flexWrap: 'wrap',
  gap: '0.25em 1em',
  margin: 0,
  padding: 0,
} as const;

/** What the reference lines' patterns mean, in neutral grey: the nets' colours are keyed in the legend. */
export function PatternKey({
  labels,
  sizes,
}: {
  labels: Partial<Record<ReferencePattern, string>>;
  sizes: ChartSizes;
}) {
  const w = sizes.fontSize * 2;
  const h = sizes.fontSize;
  const entries = Object.entries(labels) as [ReferencePattern, string][];
  return (
    <ul aria-label="reference lines" style={KEY_STYLE}>
      {entries.map(([pattern, label]) => (
        <li key={pattern} style={{ display: 'flex', alignItems: 'center', gap: '0.35em', fontSize: sizes.fontSize }}>
          <svg width={w} height={h} aria-hidden="true" style={{ flex: 'none' }}>
            <line
              y1={h / 2}
              x2={w}
              y2={h / 2}
              stroke={MUTED_TEXT_COLOR}
              strokeWidth={sizes.lineWidth * 1.5}
              strokeDasharray={patternDash(pattern, sizes.lineWidth * 1.5)}
            />
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}
