/** Per side: the selected layer's sigmoid-input histogram at every probe, both sides on one density scale. */

import { useMemo } from 'react';
import { RidgelineChart } from '../charts/ridgeline-chart.tsx';
import { useLab } from '../store/use-lab.ts';
import { chartHeight } from './chart-height.ts';
import { DistributionSwitches } from './distribution-switches.tsx';
import { PairRow } from './pair-row.tsx';
import { layerHistograms } from './probe-series.ts';
import { sharedDensityMax } from './shared-density-max.ts';
import { useChartContext } from './use-chart-context.ts';
import { useSideProbes, type Side } from './use-sides.ts';

export function DistributionsRow({ sides }: { readonly sides: readonly Side[] }) {
  const records = useSideProbes(sides);
  const layer = useLab((s) => s.selectedLayer);
  const mode = useLab((s) => s.ridgeline);
  const raw = useLab((s) => s.bnView === 'raw');
  const activation = useLab((s) => s.config.activation);
  const { presenter, markerStep } = useChartContext();
  const showsRaw = (side: Side) => side.bn && raw;
  const histograms = useMemo(
    () => sides.map((side, i) => layerHistograms(records[i], layer, side.bn && raw)),
    [sides, records, layer, raw],
  );
  const densityMax = useMemo(() => sharedDensityMax(histograms), [histograms]);
  return (
    <PairRow
      title={`Distributions over time · layer ${layer + 1}`}
      explainer={`One histogram of the layer's ${activation} inputs per probe, newest on top; grey = saturated. Without BN they drift and spread into the grey.`}
      actions={<DistributionSwitches showBnView={sides.some((side) => side.bn)} />}
      sides={sides}
    >
      {(side, width) => (
        <RidgelineChart
          title={`${side.name}: layer ${layer + 1} ${showsRaw(side) ? 'raw x·Wᵀ' : `${activation} input`} over time`}
          probes={histograms[side.index]}
          width={width}
          height={chartHeight('ridgeline', presenter)}
          color={side.color}
          mode={mode}
          activation={activation}
          densityMax={densityMax}
          highlightStep={markerStep}
          xLabel={showsRaw(side) ? 'raw x·Wᵀ, before BN' : `input to ${activation}`}
          presenter={presenter}
        />
      )}
    </PairRow>
  );
}
