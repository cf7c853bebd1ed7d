/** The paper's Figure 1(b, c): one unit's 15/50/85th percentiles over time, both sides on the same y scale. */

import { useMemo, useState } from 'react';
import { ACTIVATION_WORDS } from '../charts/activation-words.ts';
import {
  PercentileBandChart,
  percentileDomain,
  unitPercentiles,
  type PercentileSeries,
} from '../charts/percentile-band-chart.tsx';
import { useLab } from '../store/use-lab.ts';
import { chartHeight } from './chart-height.ts';
import { PairRow } from './pair-row.tsx';
import { STATS_CAPTION, statsShown } from './probe-series.ts';
import { useChartContext } from './use-chart-context.ts';
import { comparesNormalisation, useSideProbes, type Side } from './use-sides.ts';

/** What to look for: the paper's contrast only when both a plain and a normalising net are there. */
function explainer(sides: readonly Side[], name: string): string {
  const what = `The median (line) and 15th–85th percentiles (band) of one ${name}'s input, as in the paper`;
  return comparesNormalisation(sides) ? `${what}: without BN the band drifts; with BN it holds still.` : `${what}.`;
}

export function PercentileRow({ sides }: { readonly sides: readonly Side[] }) {
  const records = useSideProbes(sides);
  const layer = useLab((s) => s.selectedLayer);
  const unit = useLab((s) => s.selectedUnit);
  const stats = useLab((s) => s.statsMode);
  const { name } = ACTIVATION_WORDS[useLab((s) => s.config.activation)];
  const { presenter, markerStep, xDomain } = useChartContext();
  const [hoverStep, setHoverStep] = useState<number | null>(null);
  const series = useMemo(
    () =>
      sides.map((side, i): PercentileSeries => ({
        name: side.name,
        color: side.color,
        variant: side.variant,
        points: unitPercentiles(records[i], layer, unit, stats),
        divergedAt: side.diverged?.step ?? null,
      })),
    [sides, records, layer, unit, stats],
  );
  const yDomain = useMemo(() => percentileDomain(series), [series]);
  const where = `unit ${unit + 1} of layer ${layer + 1}`;
  const caption = (side: Side) => {
    const shown = statsShown(side, records[side.index], layer, stats);
    return shown ? STATS_CAPTION[shown] : undefined;
  };
  return (
    <PairRow title={`Figure 1(b,c) · ${where}`} explainer={explainer(sides, name)} sides={sides}>
      {(side, width) => (
        <PercentileBandChart
          title={`${side.name}: 15th, 50th and 85th percentiles of ${where}`}
          nets={[series[side.index]]}
          width={width}
          height={chartHeight('percentile', presenter)}
          yLabel={`${name} input`}
          xDomain={xDomain}
          yDomain={yDomain}
          markerStep={markerStep}
          hoverStep={hoverStep}
          onHoverStep={setHoverStep}
          legend={false}
          caption={caption(side)}
          presenter={presenter}
        />
      )}
    </PairRow>
  );
}
