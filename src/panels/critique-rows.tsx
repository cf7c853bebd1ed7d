/**
 * Santurkar et al.'s (2018) measurements, each row shown while its measurement is on and has data: the distribution
 * shift and gradient ICS of the selected hidden layer, and the loss landscape along the gradient, every net on one
 * pair of charts so the kinds compare at a glance.
 */

import { useMemo } from 'react';
import { seriesDomain, type Extent } from '../charts/domains.ts';
import { formatNumber } from '../charts/format.ts';
import type { BandPoint } from '../charts/time-series.ts';
import { useLab } from '../store/use-lab.ts';
import { hasMeasured, icsSeries, landscapeSeries, lossRangeSeries, shiftSeries } from './critique-series.ts';
import { TwoChartRow } from './two-chart-row.tsx';
import { useSideProbes, type Side } from './use-sides.ts';

type RowProps = { readonly sides: readonly Side[] };

const COS_DOMAIN: Extent = [-1, 1];

const plainReadout = (value: number) => formatNumber(value);

const rangeReadout = (value: number, band: BandPoint | undefined) =>
  band ? `${formatNumber(band.lo)} – ${formatNumber(band.hi)}` : formatNumber(value);

function ShiftRow({ sides, layer }: RowProps & { readonly layer: number }) {
  const records = useSideProbes(sides);
  const mean = useMemo(() => shiftSeries(sides, records, layer, 'mean'), [sides, records, layer]);
  const std = useMemo(() => shiftSeries(sides, records, layer, 'std'), [sides, records, layer]);
  const yDomain = useMemo(() => seriesDomain([...mean, ...std], { log: true }), [mean, std]);
  const where = `layer ${layer + 1}`;
  return (
    <TwoChartRow
      title={`Distribution shift · ${where}`}
      explainer="How far the sigmoid inputs' batch mean and spread moved since the previous probe, averaged over units (log scale; one fixed batch, training mode). Look for which kinds move most while still learning fast."
      charts={[
        { title: `Mean |Δμ| of ${where}'s inputs, every net`, yLabel: 'mean |Δμ|', series: mean, log: true, yDomain },
        { title: `Mean |Δσ| of ${where}'s inputs, every net`, yLabel: 'mean |Δσ|', series: std, log: true, yDomain },
      ]}
    />
  );
}

function IcsRow({ sides, layer }: RowProps & { readonly layer: number }) {
  const records = useSideProbes(sides);
  const l2 = useMemo(() => icsSeries(sides, records, layer, 'l2'), [sides, records, layer]);
  const cos = useMemo(() => icsSeries(sides, records, layer, 'cos'), [sides, records, layer]);
  const where = `layer ${layer + 1}`;
  const first = layer === 0 ? ' Layer 1 has no layers below it: 0 and 1 by definition.' : '';
  return (
    <TwoChartRow
      title={`Gradient ICS · ${where}`}
      explainer={`How much W's gradient G changes to G′ when the layers below take their step first, on one training batch (Santurkar et al., Definition 2.1): large ‖G − G′‖ and low cosine mean much shift.${first}`}
      charts={[
        { title: `‖G − G′‖₂ of ${where}, every net`, yLabel: '‖G − G′‖₂', series: l2, log: true },
        { title: `cos(G, G′) of ${where}, every net`, yLabel: 'cos(G, G′)', series: cos, yDomain: COS_DOMAIN },
      ]}
    />
  );
}

function LandscapeRow({ sides }: RowProps) {
  const records = useSideProbes(sides);
  const range = useMemo(() => lossRangeSeries(sides, records), [sides, records]);
  const beta = useMemo(() => landscapeSeries(sides, records, 'betaEff'), [sides, records]);
  const predictiveness = useMemo(() => landscapeSeries(sides, records, 'gradPredictiveness'), [sides, records]);
  return (
    <TwoChartRow
      title="Loss landscape along the gradient"
      explainer="Along −∇L, at ½, 1, 2 and 4 times the learning rate on one training batch: the range of the loss (band), the gradient predictiveness, the most the gradient changes along the step, and the effective β-smoothness, that change per unit step (both log scale). A narrow band and small values mean a smooth landscape, where the gradient still points the right way after a step."
      charts={[
        {
          title: 'Loss range along the gradient, every net',
          yLabel: 'L(W − ηg)',
          series: range,
          formatReadout: rangeReadout,
        },
        {
          title: 'Gradient predictiveness, every net',
          yLabel: 'max ‖∇L − ∇L′‖₂',
          series: predictiveness,
          log: true,
          formatReadout: plainReadout,
        },
        {
          title: 'Effective β-smoothness, every net',
          yLabel: 'β_eff',
          series: beta,
          log: true,
          formatReadout: plainReadout,
        },
      ]}
    />
  );
}

export function CritiqueRows({ sides }: RowProps) {
  const records = useSideProbes(sides);
  const measure = useLab((s) => s.config.measure);
  const layer = useLab((s) => s.selectedLayer);
  const shift = !!measure?.shift && hasMeasured(records, (r) => r.layers[layer]?.shift);
  const ics = !!measure?.ics && hasMeasured(records, (r) => r.layers[layer]?.ics);
  const landscape = !!measure?.landscape && hasMeasured(records, (r) => r.landscape);
  return (
    <>
      {shift ? <ShiftRow sides={sides} layer={layer} /> : null}
      {ics ? <IcsRow sides={sides} layer={layer} /> : null}
      {landscape ? <LandscapeRow sides={sides} /> : null}
    </>
  );
}
