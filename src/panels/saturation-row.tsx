/** Per side: the share of saturated (or, for ReLU, dead) units per layer over time, with each layer's mean f′. */

import { useMemo, useState } from 'react';
import { ACTIVATION_WORDS, type ActivationWords } from '../charts/activation-words.ts';
import type { Extent } from '../charts/domains.ts';
import { formatPercent } from '../charts/format.ts';
import { TimeSeriesChart } from '../charts/time-series-chart.tsx';
import { useLab } from '../store/use-lab.ts';
import { chartHeight } from './chart-height.ts';
import { LayerReadout } from './layer-readout.tsx';
import { PairRow } from './pair-row.tsx';
import { saturationSeries } from './probe-series.ts';
import { useChartContext } from './use-chart-context.ts';
import { useDeferredShownProbes, useSideProbes, type Side } from './use-sides.ts';

const PERCENT_DOMAIN: Extent = [0, 100];
const percentReadout = (value: number) => formatPercent(value / 100);

/** The probe counts a unit when f′ is below 19 % of its peak: a saturated sigmoid or tanh, or a ReLU below 0. */
function explainer({ name, derivative, zone }: ActivationWords): string {
  return zone === 'dead'
    ? `Share of ${name} inputs below 0, in the grey zone: a dead unit outputs 0 and passes no gradient (${derivative} = 0).`
    : `Share of ${name} inputs in the grey zones, where ${derivative} is below 19 % of its peak: saturated units pass almost no gradient.`;
}

export function SaturationRow({ sides }: { readonly sides: readonly Side[] }) {
  const records = useSideProbes(sides);
  const shown = useDeferredShownProbes(sides);
  const words = ACTIVATION_WORDS[useLab((s) => s.config.activation)];
  const { presenter, markerStep, xDomain } = useChartContext();
  const [hoverStep, setHoverStep] = useState<number | null>(null);
  const series = useMemo(() => sides.map((side, i) => saturationSeries(side, records[i])), [sides, records]);
  return (
    <PairRow
      title={words.zone === 'dead' ? 'Dead units per layer over time' : 'Saturation per layer over time'}
      explainer={explainer(words)}
      sides={sides}
    >
      {(side, width) => (
        <>
          <TimeSeriesChart
            title={`${side.name}: ${words.zone} share per layer`}
            series={series[side.index]}
            width={width}
            height={chartHeight('time', presenter)}
            yLabel={`${words.zone} (%)`}
            xDomain={xDomain}
            yDomain={PERCENT_DOMAIN}
            formatReadout={percentReadout}
            markerStep={markerStep}
            hoverStep={hoverStep}
            onHoverStep={setHoverStep}
            presenter={presenter}
          />
          <LayerReadout
            net={side.name}
            record={shown[side.index]}
            colors={series[side.index].map((s) => s.color)}
            words={words}
          />
        </>
      )}
    </PairRow>
  );
}
