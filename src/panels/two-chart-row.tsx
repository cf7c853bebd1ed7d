/**
 * A full-width row of two (or three) time charts over every net, with linked crosshairs: e.g. ‖G − G′‖₂ beside
 * cos(G, G′).
 */

import { useState } from 'react';
import type { Extent } from '../charts/domains.ts';
import { TimeSeriesChart } from '../charts/time-series-chart.tsx';
import type { BandPoint, TimeSeries } from '../charts/time-series.ts';
import { chartHeight } from './chart-height.ts';
import { MeasuredCell } from './measured-cell.tsx';
import { RowHead } from './row-head.tsx';
import { useChartContext } from './use-chart-context.ts';

interface RowChart {
  /** the chart's accessible name */
  readonly title: string;
  readonly yLabel: string;
  readonly series: readonly TimeSeries[];
  readonly log?: boolean;
  readonly yDomain?: Extent;
  readonly formatReadout?: (value: number, band: BandPoint | undefined) => string;
}

export interface TwoChartRowProps {
  readonly title: string;
  readonly explainer: string;
  readonly charts: readonly [RowChart, RowChart, ...RowChart[]];
}

export function TwoChartRow({ title, explainer, charts }: TwoChartRowProps) {
  const { presenter, markerStep, xDomain } = useChartContext();
  const [hoverStep, setHoverStep] = useState<number | null>(null);
  return (
    <section className="row" aria-label={title}>
      <RowHead title={title} explainer={explainer} />
      <div className="pair">
        {charts.map((chart) => (
          <MeasuredCell key={chart.title}>
            {(width) => (
              <TimeSeriesChart
                {...chart}
                width={width}
                height={chartHeight('small', presenter)}
                xDomain={xDomain}
                markerStep={markerStep}
                hoverStep={hoverStep}
                onHoverStep={setHoverStep}
                presenter={presenter}
              />
            )}
          </MeasuredCell>
        ))}
      </div>
    </section>
  );
}
