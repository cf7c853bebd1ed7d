/** Per side: the selected layer's pre-activation histogram at every probe, both sides on one density scale. */

import { useMemo } from 'react';
import { ACTIVATION_WORDS } from '../charts/activation-words.ts';
import { RidgelineChart } from '../charts/ridgeline-chart.tsx';
import { useLab } from '../store/use-lab.ts';
import { chartHeight } from './chart-height.ts';
import { DistributionSwitches } from './distribution-switches.tsx';
import { PairRow } from './pair-row.tsx';
import { layerHistograms, STATS_CAPTION, statsShown } from './probe-series.ts';
import { sharedDensityMax } from './shared-density-max.ts';
import { useChartContext } from './use-chart-context.ts';
import { comparesNormalisation, useSideProbes, type Side } from './use-sides.ts';

/** What to look for: a contrast between nets only when both a plain and a normalising net are there to compare. */
function explainer(sides: readonly Side[], name: string, zone: string): string {
  const what = `One histogram of the layer's ${name} inputs per probe, newest on top; grey = ${zone}.`;
  if (comparesNormalisation(sides))
    return `${what} Without BN they drift and spread into the grey; with BN they hold still.`;
  return sides.some((side) => side.kind === 'none') ? `${what} Watch them drift and spread into the grey.` : what;
}

export function DistributionsRow({ sides }: { readonly sides: readonly Side[] }) {
  const records = useSideProbes(sides);
  const layer = useLab((s) => s.selectedLayer);
  const mode = useLab((s) => s.ridgeline);
  const raw = useLab((s) => s.bnView === 'raw');
  const stats = useLab((s) => s.statsMode);
  const activation = useLab((s) => s.config.activation);
  const { presenter, markerStep } = useChartContext();
  const words = ACTIVATION_WORDS[activation];
  const showsRaw = (side: Side) => side.bn && raw;
  const histograms = useMemo(
    () => sides.map((side, i) => layerHistograms(records[i], layer, side.bn && raw, stats)),
    [sides, records, layer, raw, stats],
  );
  const densityMax = useMemo(() => sharedDensityMax(histograms), [histograms]);
  const caption = (side: Side) => {
    const shown = showsRaw(side) ? null : statsShown(side, records[side.index], layer, stats);
    return shown ? STATS_CAPTION[shown] : undefined;
  };
  return (
    <PairRow
      title={`Distributions over time · layer ${layer + 1}`}
      explainer={explainer(sides, words.name, words.zone)}
      actions={<DistributionSwitches showBnView={sides.some((side) => side.bn)} />}
      sides={sides}
    >
      {(side, width) => (
        <RidgelineChart
          title={`${side.name}: layer ${layer + 1} ${showsRaw(side) ? 'raw x·Wᵀ' : `${words.name} input`} over time`}
          probes={histograms[side.index]}
          width={width}
          height={chartHeight('ridgeline', presenter)}
          color={side.color}
          mode={mode}
          // the raw x·Wᵀ is not what the nonlinearity sees: its zones and curve would mean nothing there
          activation={showsRaw(side) ? undefined : activation}
          densityMax={densityMax}
          highlightStep={markerStep}
          xLabel={showsRaw(side) ? 'raw x·Wᵀ, before BN' : `input to ${words.name}`}
          caption={caption(side)}
          presenter={presenter}
        />
      )}
    </PairRow>
  );
}
