/** Per side: ‖∂L/∂W‖ of every layer over time on a log scale, both sides on the same decades. */

import { useMemo, useState } from 'react';
import { seriesDomain } from '../charts/domains.ts';
import { TimeSeriesChart } from '../charts/time-series-chart.tsx';
import { chartHeight } from './chart-height.ts';
import { PairRow } from './pair-row.tsx';
import { gradNormSeries } from './probe-series.ts';
import { useChartContext } from './use-chart-context.ts';
import { useSideProbes, type Side } from './use-sides.ts';

export function GradNormRow({ sides }: { readonly sides: readonly Side[] }) {
  const records = useSideProbes(sides);
  const { presenter, markerStep, xDomain } = useChartContext();
  const [hoverStep, setHoverStep] = useState<number | null>(null);
  const series = useMemo(() => sides.map((side, i) => gradNormSeries(side, records[i])), [sides, records]);
  const yDomain = useMemo(() => seriesDomain(series.flat(), { log: true }), [series]);
  return (
    <PairRow
      title="Gradient norms per layer over time"
      explainer="‖∂L/∂W‖ of each layer (log scale), averaged between probes; L1 darkest. Look for lower layers starving when sigmoids saturate."
      sides={sides}
    >
      {(side, width) => (
        <TimeSeriesChart
          title={`${side.name}: gradient norm of W per layer`}
          series={series[side.index]}
          width={width}
          height={chartHeight('time', presenter)}
          yLabel="‖∂L/∂W‖"
          log
          xDomain={xDomain}
          yDomain={yDomain}
          markerStep={markerStep}
          hoverStep={hoverStep}
          onHoverStep={setHoverStep}
          presenter={presenter}
        />
      )}
    </PairRow>
  );
}
