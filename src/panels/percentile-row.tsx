/** The paper's Figure 1(b, c): one unit's 15/50/85th percentiles over time, both sides on the same y scale. */

import { useMemo, useState } from 'react';
import {
  PercentileBandChart,
  percentileDomain,
  unitPercentiles,
  type PercentileSeries,
} from '../charts/percentile-band-chart.tsx';
import { useLab } from '../store/use-lab.ts';
import { chartHeight } from './chart-height.ts';
import { PairRow } from './pair-row.tsx';
import { useChartContext } from './use-chart-context.ts';
import { useSideProbes, type Side } from './use-sides.ts';

export function PercentileRow({ sides }: { readonly sides: readonly Side[] }) {
  const records = useSideProbes(sides);
  const layer = useLab((s) => s.selectedLayer);
  const unit = useLab((s) => s.selectedUnit);
  const activation = useLab((s) => s.config.activation);
  const { presenter, markerStep, xDomain } = useChartContext();
  const [hoverStep, setHoverStep] = useState<number | null>(null);
  const series = useMemo(
    () =>
      sides.map((side, i): PercentileSeries => ({
        name: side.name,
        color: side.color,
        points: unitPercentiles(records[i], layer, unit),
        divergedAt: side.diverged?.step ?? null,
      })),
    [sides, records, layer, unit],
  );
  const yDomain = useMemo(() => percentileDomain(series), [series]);
  const where = `unit ${unit + 1} of layer ${layer + 1}`;
  return (
    <PairRow
      title={`Figure 1(b,c) · ${where}`}
      explainer="The median (line) and 15th–85th percentiles (band) of one sigmoid's input, as in the paper: without BN the band drifts; with BN it holds still."
      sides={sides}
    >
      {(side, width) => (
        <PercentileBandChart
          title={`${side.name}: 15th, 50th and 85th percentiles of ${where}`}
          nets={[series[side.index]]}
          width={width}
          height={chartHeight('percentile', presenter)}
          yLabel={`${activation} input`}
          xDomain={xDomain}
          yDomain={yDomain}
          markerStep={markerStep}
          hoverStep={hoverStep}
          onHoverStep={setHoverStep}
          legend={false}
          presenter={presenter}
        />
      )}
    </PairRow>
  );
}
