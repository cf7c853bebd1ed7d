/** Per side: the share of saturated sigmoids per layer over time, with each layer's mean σ′ at the shown probe. */

import { useMemo, useState } from 'react';
import type { Extent } from '../charts/domains.ts';
import { formatPercent } from '../charts/format.ts';
import { TimeSeriesChart } from '../charts/time-series-chart.tsx';
import { chartHeight } from './chart-height.ts';
import { LayerReadout } from './layer-readout.tsx';
import { PairRow } from './pair-row.tsx';
import { saturationSeries } from './probe-series.ts';
import { useChartContext } from './use-chart-context.ts';
import { useShownProbes, useSideProbes, type Side } from './use-sides.ts';

const PERCENT_DOMAIN: Extent = [0, 100];
const percentReadout = (value: number) => formatPercent(value / 100);

export function SaturationRow({ sides }: { readonly sides: readonly Side[] }) {
  const records = useSideProbes(sides);
  const shown = useShownProbes(sides);
  const { presenter, markerStep, xDomain } = useChartContext();
  const [hoverStep, setHoverStep] = useState<number | null>(null);
  const series = useMemo(() => sides.map((side, i) => saturationSeries(side, records[i])), [sides, records]);
  return (
    <PairRow
      title="Saturation per layer over time"
      explainer="Share of sigmoid inputs in the grey zones, where σ′ is below 19 % of its peak: saturated units pass almost no gradient."
      sides={sides}
    >
      {(side, width) => (
        <>
          <TimeSeriesChart
            title={`${side.name}: saturated share per layer`}
            series={series[side.index]}
            width={width}
            height={chartHeight('time', presenter)}
            yLabel="saturated (%)"
            xDomain={xDomain}
            yDomain={PERCENT_DOMAIN}
            formatReadout={percentReadout}
            markerStep={markerStep}
            hoverStep={hoverStep}
            onHoverStep={setHoverStep}
            presenter={presenter}
          />
          <LayerReadout net={side.name} record={shown[side.index]} colors={series[side.index].map((s) => s.color)} />
        </>
      )}
    </PairRow>
  );
}
