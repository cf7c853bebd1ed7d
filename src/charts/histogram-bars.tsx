/** Counts in equal bins over a fixed domain, drawn as bars: e.g. one digit's p(true class) over many batches. */

import { memo } from 'react';
import * as d3 from 'd3';
import { PlotAxes } from './axes.tsx';
import { ChartFrame } from './chart-frame.tsx';
import { sentences, summarizeBars } from './chart-summaries.ts';
import type { Extent } from './domains.ts';
import { formatNumber } from './format.ts';
import { plotArea } from './plot-area.ts';
import { chartSizes } from './theme.ts';
import { valueAxis } from './value-axis.ts';

/** How many values fall in each of `bins` equal bins over [lo, hi]; values beyond the ends go to the end bins. */
export function binCounts(values: readonly number[], bins: number, [lo, hi]: Extent): number[] {
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    const i = Math.floor(((v - lo) / (hi - lo)) * bins);
    counts[Math.min(Math.max(i, 0), bins - 1)] += 1;
  }
  return counts;
}

export interface HistogramBarsProps {
  /** accessible name and <title> */
  readonly title: string;
  /** words for screen readers after the chart's own summary of its bars */
  readonly description?: string;
  /** one count per bin, bins of equal width over `domain` */
  readonly counts: readonly number[];
  readonly domain: Extent;
  /** the top of the y axis: pass the largest count of every chart that must compare with this one */
  readonly yMax: number;
  readonly color: string;
  readonly width: number;
  readonly height: number;
  readonly xLabel: string;
  readonly yLabel: string;
  /** what a bar counts, for its tooltip: "12 batches" */
  readonly unit: string;
  readonly presenter?: boolean;
}

function HistogramBarsView(props: HistogramBarsProps) {
  const { counts, domain, width, height, presenter = false } = props;
  const sizes = chartSizes(presenter);
  const area = plotArea(width, height, sizes);
  const x = d3.scaleLinear().domain(domain).range([0, area.innerWidth]);
  const y = valueAxis([0, Math.max(props.yMax, 1)], area.innerHeight, sizes.fontSize);
  const binWidth = (domain[1] - domain[0]) / counts.length;
  const gap = Math.min(1, area.innerWidth / counts.length / 4);
  const xTicks = x.ticks(Math.max(2, Math.floor(area.innerWidth / (sizes.fontSize * 5))));
  const summary = sentences([
    summarizeBars({ quantity: props.xLabel, counts, domain, unit: props.unit }),
    props.description,
  ]);
  return (
    <ChartFrame title={props.title} summary={summary} width={width} height={height} sizes={sizes}>
      <g transform={`translate(${area.left},${area.top})`}>
        <PlotAxes
          x={{ scale: x, ticks: xTicks, format: formatNumber }}
          y={y}
          xLabel={props.xLabel}
          yLabel={props.yLabel}
          width={area.innerWidth}
          height={area.innerHeight}
          sizes={sizes}
        />
        {counts.map((count, i) => {
          if (count === 0) return null;
          const lo = domain[0] + i * binWidth;
          return (
            <rect
              key={i}
              data-bin={i}
              x={x(lo) + gap / 2}
              y={y.scale(count)}
              width={Math.max(x(lo + binWidth) - x(lo) - gap, 1)}
              height={area.innerHeight - y.scale(count)}
              fill={props.color}
            >
              <title>{`${formatNumber(lo)}–${formatNumber(lo + binWidth)}: ${count} ${props.unit}`}</title>
            </rect>
          );
        })}
      </g>
    </ChartFrame>
  );
}

/** Memoised: an unchanged chart is skipped when its row re-renders for something else (a status, a hover). */
export const HistogramBars = memo(HistogramBarsView);
