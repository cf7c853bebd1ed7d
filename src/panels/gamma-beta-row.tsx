/** Per BN side: the learned scale γ and shift β of each layer over time (mean over units, min–max band). */

import { useMemo, useState } from 'react';
import { seriesDomain } from '../charts/domains.ts';
import { TimeSeriesChart } from '../charts/time-series-chart.tsx';
import type { TimeSeries } from '../charts/time-series.ts';
import { chartHeight } from './chart-height.ts';
import { PairRow } from './pair-row.tsx';
import { bnParamSeries } from './probe-series.ts';
import { useChartContext } from './use-chart-context.ts';
import { useSideProbes, type Side } from './use-sides.ts';

const PARAMS = [
  { key: 'gamma', symbol: 'γ', what: 'scale' },
  { key: 'beta', symbol: 'β', what: 'shift' },
] as const;

/** BN proper and noisy BN learn γ and β; bn-fixed keeps them at 1 and 0, centring has none. */
const learnsGammaBeta = (side: Side) => side.kind === 'bn' || side.kind === 'noisy-bn';

export function GammaBetaRow({ sides }: { readonly sides: readonly Side[] }) {
  const records = useSideProbes(sides);
  const { presenter, markerStep, xDomain } = useChartContext();
  const [hoverStep, setHoverStep] = useState<number | null>(null);
  const series = useMemo(
    () =>
      PARAMS.map(({ key }) =>
        sides.map((side, i): TimeSeries[] => (learnsGammaBeta(side) ? bnParamSeries(side, records[i], key) : [])),
      ),
    [sides, records],
  );
  const domains = useMemo(() => series.map((perSide) => seriesDomain(perSide.flat())), [series]);
  if (!sides.some(learnsGammaBeta)) return null;
  return (
    <PairRow
      title="γ and β per BN layer over time"
      explainer="BN's learned scale γ and shift β (mean over units, band = min to max): the net may undo the normalisation where it helps."
      sides={sides}
    >
      {(side, width) =>
        learnsGammaBeta(side) ? (
          PARAMS.map(({ symbol, what }, p) => (
            <TimeSeriesChart
              key={symbol}
              title={`${side.name}: ${symbol} (${what}) per layer`}
              series={series[p][side.index]}
              width={width}
              height={chartHeight('small', presenter)}
              yLabel={symbol}
              xDomain={xDomain}
              yDomain={domains[p]}
              markerStep={markerStep}
              hoverStep={hoverStep}
              onHoverStep={setHoverStep}
              legend={p === 0}
              presenter={presenter}
            />
          ))
        ) : (
          <p className="cell__note">
            {side.kind === 'none' ? 'No batch norm in this net, so no γ or β.' : 'This net does not learn γ or β.'}
          </p>
        )
      }
    </PairRow>
  );
}
