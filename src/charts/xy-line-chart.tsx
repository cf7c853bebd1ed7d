/**
 * Lines over a logarithmic x axis (a scale factor, a batch size, a learning rate), one per net, and flat reference
 * lines; a point may be marked as a stalled run (hollow) or a diverged one (a ✕ on an edge, having no value).
 */

import { memo } from 'react';
import * as d3 from 'd3';
import { PlotAxes } from './axes.tsx';
import { ChartFrame } from './chart-frame.tsx';
import { sentences, summarizeXY } from './chart-summaries.ts';
import type { Extent } from './domains.ts';
import type { Edge } from './edge-marks.tsx';
import { formatNumber } from './format.ts';
import { Legend } from './legend.tsx';
import { plotArea } from './plot-area.ts';
import { chartSizes } from './theme.ts';
import { valueAxis } from './value-axis.ts';
import { MarkKey, PatternKey, patternDash, SeriesLine } from './xy-marks.tsx';
import type { PointMark, ReferenceLine, ReferencePattern, XYSeries } from './xy-series.ts';

export interface XYLineChartProps {
  /** accessible name and <title> */
  readonly title: string;
  /** words for screen readers after the chart's own summary of its lines: what they mean */
  readonly description?: string;
  readonly series: readonly XYSeries[];
  readonly references?: readonly ReferenceLine[];
  /** what each reference pattern stands for: a key under the legend */
  readonly patternLabels?: Partial<Record<ReferencePattern, string>>;
  /** what the marked points stand for: a key under the legend */
  readonly markLabels?: Partial<Record<PointMark, string>>;
  /** the edge diverged points' ✕s sit on (default above) */
  readonly divergedEdge?: Edge;
  readonly width: number;
  readonly height: number;
  /** both ends > 0: the x axis is logarithmic */
  readonly xDomain: Extent;
  readonly xTicks: readonly number[];
  readonly formatX: (x: number) => string;
  readonly xLabel: string;
  readonly yDomain: Extent;
  readonly yLabel: string;
  /** log y axis in whole decades */
  readonly logY?: boolean;
  /** a point's value in its tooltip; default 3 significant digits */
  readonly formatY?: (y: number) => string;
  readonly caption?: string;
  readonly presenter?: boolean;
}

function XYLineChartView(props: XYLineChartProps) {
  const { series, references = [], width, height, logY = false, presenter = false } = props;
  const sizes = chartSizes(presenter);
  const area = plotArea(width, height, sizes);
  const x = d3.scaleLog().domain(props.xDomain).range([0, area.innerWidth]);
  const y = valueAxis(props.yDomain, area.innerHeight, sizes.fontSize, logY);
  const ok = (v: number) => Number.isFinite(v) && (!logY || v > 0);
  const legend = series.map((s) => ({ key: s.name, label: s.name, color: s.color, variant: s.variant }));
  const header = (
    <>
      <Legend items={legend} sizes={sizes} />
      {props.patternLabels ? <PatternKey labels={props.patternLabels} sizes={sizes} /> : null}
      {props.markLabels ? <MarkKey labels={props.markLabels} sizes={sizes} /> : null}
    </>
  );
  const formatY = props.formatY ?? formatNumber;
  const summary = summarizeXY({
    quantity: props.yLabel,
    against: props.xLabel,
    series,
    references,
    formatX: props.formatX,
    formatY,
  });
  const marks = {
    x,
    y,
    ok,
    lineWidth: sizes.lineWidth,
    formatX: props.formatX,
    formatY,
    divergedAt:
      props.divergedEdge === 'below' ? { y: area.innerHeight, inward: -1 as const } : { y: 0, inward: 1 as const },
  };
  return (
    <ChartFrame
      title={props.title}
      summary={sentences([summary, props.description])}
      caption={props.caption}
      width={width}
      height={height}
      sizes={sizes}
      header={header}
    >
      <g transform={`translate(${area.left},${area.top})`}>
        <PlotAxes
          x={{ scale: x, ticks: props.xTicks, format: props.formatX }}
          y={y}
          xLabel={props.xLabel}
          yLabel={props.yLabel}
          width={area.innerWidth}
          height={area.innerHeight}
          sizes={sizes}
        />
        {references
          .filter((r) => ok(r.value))
          .map((r) => (
            <line
              key={r.name}
              data-reference={r.name}
              x2={area.innerWidth}
              y1={y.scale(r.value)}
              y2={y.scale(r.value)}
              stroke={r.color}
              strokeWidth={sizes.lineWidth}
              strokeDasharray={patternDash(r.pattern, sizes.lineWidth)}
            />
          ))}
        {series.map((s, lane) => (
          <SeriesLine key={s.name} series={s} lane={lane} {...marks} />
        ))}
      </g>
    </ChartFrame>
  );
}

/** Memoised: an unchanged chart is skipped when its row re-renders for something else (a status, a hover). */
export const XYLineChart = memo(XYLineChartView);
