/**
 * The marks of an x–y chart: each net's line with a marker per point (hollow where its run stalled, a ✕ on an edge
 * where it diverged), and the keys to the reference lines' patterns and to those markers.
 */

import * as d3 from 'd3';
import type { ReactNode } from 'react';
import { dashArray, variantSymbol } from './line-style.ts';
import { MUTED_TEXT_COLOR, type ChartSizes } from './theme.ts';
import type { ValueAxis } from './value-axis.ts';
import type { PointMark, ReferencePattern, XYPoint, XYSeries } from './xy-series.ts';

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
  /** where diverged points' ✕ sit: an edge's y in plot pixels, and which way is into the plot (1 down, −1 up) */
  readonly divergedAt?: { readonly y: number; readonly inward: 1 | -1 };
  /** this line's place among the chart's lines: the ✕s of several lines at one x stack inward from the edge */
  readonly lane?: number;
}

/** A ✕ of about the given size, centred on (0, 0). */
const crossPath = (size: number) => {
  const h = size / 2;
  return `M${-h},${-h}L${h},${h}M${-h},${h}L${h},${-h}`;
};

/** Each diverged point's ✕ on the edge, stacked by lane. */
function DivergedMarks({ series, x, lineWidth, formatX, divergedAt, lane = 0 }: SeriesLineProps) {
  if (!divergedAt) return null;
  const size = lineWidth * 5;
  const at = divergedAt.y + divergedAt.inward * (size / 2 + 2 + lane * (size + 2));
  return series.points
    .filter((p) => p.mark === 'diverged')
    .map((p) => (
      <g key={p.x} data-mark="diverged" transform={`translate(${x(p.x)},${at})`}>
        <path d={crossPath(size)} stroke={series.color} strokeWidth={lineWidth * 1.3} fill="none" />
        <title>{`${series.name} at ${formatX(p.x)}: ${p.note ?? 'diverged'}`}</title>
      </g>
    ));
}

/**
 * A net's line and a marker at every point (a dot, or the variant's symbol; hollow where the run stalled), each with
 * its value as a tooltip, and a ✕ on an edge for every diverged point.
 */
export function SeriesLine(props: SeriesLineProps) {
  const { series, x, y, ok, lineWidth, formatX, formatY } = props;
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
          <g key={p.x} data-mark={p.mark} transform={`translate(${x(p.x)},${y.scale(p.y)})`}>
            {p.mark === 'stalled' ? (
              <circle r={lineWidth * 2.2} fill="#fff" stroke={series.color} strokeWidth={lineWidth} />
            ) : symbol ? (
              <path d={symbol} stroke="#fff" strokeWidth={0.75} />
            ) : (
              <circle r={lineWidth * 1.5} stroke="#fff" strokeWidth={0.5} />
            )}
            <title>{`${series.name} at ${formatX(p.x)}: ${p.note ?? formatY(p.y)}`}</title>
          </g>
        ))}
      <DivergedMarks {...props} />
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

interface KeyEntry {
  readonly key: string;
  readonly label: string;
  /** the drawing before the label, on a swatch `width` px wide and one line high */
  readonly width: number;
  readonly swatch: ReactNode;
}

/** A key in neutral grey (the nets' colours are keyed in the legend): a swatch and its meaning per entry. */
function Key({ name, entries, sizes }: { name: string; entries: readonly KeyEntry[]; sizes: ChartSizes }) {
  return (
    <ul aria-label={name} style={KEY_STYLE}>
      {entries.map(({ key, label, width, swatch }) => (
        <li key={key} style={{ display: 'flex', alignItems: 'center', gap: '0.35em', fontSize: sizes.fontSize }}>
          <svg width={width} height={sizes.fontSize} aria-hidden="true" style={{ flex: 'none' }}>
            {swatch}
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}

/** What the reference lines' patterns mean. */
export function PatternKey({
  labels,
  sizes,
}: {
  labels: Partial<Record<ReferencePattern, string>>;
  sizes: ChartSizes;
}) {
  const w = sizes.fontSize * 2;
  const h = sizes.fontSize;
  const entries = (Object.entries(labels) as [ReferencePattern, string][]).map(([pattern, label]) => ({
    key: pattern,
    label,
    width: w,
    swatch: (
      <line
        y1={h / 2}
        x2={w}
        y2={h / 2}
        stroke={MUTED_TEXT_COLOR}
        strokeWidth={sizes.lineWidth * 1.5}
        strokeDasharray={patternDash(pattern, sizes.lineWidth * 1.5)}
      />
    ),
  }));
  return <Key name="reference lines" entries={entries} sizes={sizes} />;
}

/** What the hollow marker and the ✕ mean. */
export function MarkKey({ labels, sizes }: { labels: Partial<Record<PointMark, string>>; sizes: ChartSizes }) {
  const h = sizes.fontSize;
  const swatches: Record<PointMark, ReactNode> = {
    stalled: (
      <circle cx={h / 2} cy={h / 2} r={h / 3} fill="#fff" stroke={MUTED_TEXT_COLOR} strokeWidth={sizes.lineWidth} />
    ),
    diverged: (
      <path
        transform={`translate(${h / 2},${h / 2})`}
        d={crossPath(h * 0.7)}
        stroke={MUTED_TEXT_COLOR}
        strokeWidth={sizes.lineWidth * 1.3}
      />
    ),
  };
  const entries = (Object.entries(labels) as [PointMark, string][]).map(([mark, label]) => ({
    key: mark,
    label,
    width: h,
    swatch: swatches[mark],
  }));
  return <Key name="markers" entries={entries} sizes={sizes} />;
}
