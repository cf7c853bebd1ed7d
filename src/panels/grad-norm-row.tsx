/** Per side: ‖∂L/∂W‖ of every layer over time on a log scale, both sides on the same decades. */

import { useMemo, useState } from 'react';
import { ACTIVATION_WORDS } from '../charts/activation-words.ts';
import { seriesDomain } from '../charts/domains.ts';
import { TimeSeriesChart } from '../charts/time-series-chart.tsx';
import type { ActivationName } from '../protocol/config.ts';
import { useLab } from '../store/use-lab.ts';
import { chartHeight } from './chart-height.ts';
import { PairRow } from './pair-row.tsx';
import { gradNormSeries } from './probe-series.ts';
import { useChartContext } from './use-chart-context.ts';
import { useSideProbes, type Side } from './use-sides.ts';

function explainer(activation: ActivationName, zeroLane: boolean): string {
  const { name, zone } = ACTIVATION_WORDS[activation];
  const starve = zone === 'dead' ? `${name}s die` : `${name}s saturate`;
  const zero = zeroLane ? ' A gradient of exactly 0 sits on the "0" line below the decades.' : '';
  return `‖∂L/∂W‖ of each layer (log scale), averaged between probes; L1 darkest.${zero} Look for lower layers starving when ${starve}.`;
}

export function GradNormRow({ sides }: { readonly sides: readonly Side[] }) {
  const records = useSideProbes(sides);
  const activation = useLab((s) => s.config.activation);
  const { presenter, markerStep, xDomain } = useChartContext();
  const [hoverStep, setHoverStep] = useState<number | null>(null);
  const series = useMemo(() => sides.map((side, i) => gradNormSeries(side, records[i])), [sides, records]);
  const yDomain = useMemo(() => seriesDomain(series.flat(), { log: true }), [series]);
  // both sides get the "0" lane when either has a zero gradient, so their axes stay alike
  const zeroLane = useMemo(() => series.flat().some((s) => s.points.some((p) => p.value === 0)), [series]);
  return (
    <PairRow title="Gradient norms per layer over time" explainer={explainer(activation, zeroLane)} sides={sides}>
      {(side, width) => (
        <TimeSeriesChart
          title={`${side.name}: gradient norm of W per layer`}
          series={series[side.index]}
          width={width}
          height={chartHeight('time', presenter)}
          yLabel="‖∂L/∂W‖"
          log
          zeroLane={zeroLane}
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
