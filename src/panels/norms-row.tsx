/**
 * Per side: ‖W‖_F and ‖b‖₂ of every hidden layer over time, one chart each, stacked, on axes shared by all sides.
 *
 * Why two stacked charts and not ‖b‖ dashed inside the ‖W‖ chart, nor a ‖W‖ / ‖b‖ switch: the two norms carry the
 * two stories a student should find (§2: the bias of center-stopgrad; §3.3: the weights under BN), at magnitudes
 * decades apart (‖W‖ starts near 10, ‖b‖ at 0). Six lines in a 250 px cell, dashing on top of the layer ramp, read
 * as a tangle, and a switch hides one story behind a control a student may never press. Stacked, each norm gets its
 * own shared axis and both stay in view, as γ and β do.
 */

import * as d3 from 'd3';
import { useMemo, useState } from 'react';
import { seriesDomain, sharedExtent, type Extent } from '../charts/domains.ts';
import { formatNumber } from '../charts/format.ts';
import { TimeSeriesChart } from '../charts/time-series-chart.tsx';
import type { TimeSeries } from '../charts/time-series.ts';
import type { NormKind } from '../protocol/config.ts';
import { chartHeight } from './chart-height.ts';
import { PairRow } from './pair-row.tsx';
import { biasNormSeries, weightNormSeries } from './probe-series.ts';
import { useChartContext } from './use-chart-context.ts';
import { useSideProbes, type Side } from './use-sides.ts';

const NORMS = [
  { symbol: '‖W‖', words: 'weight norm ‖W‖', of: weightNormSeries },
  { symbol: '‖b‖', words: 'bias norm ‖b‖', of: biasNormSeries },
] as const;

/** What stands under the ‖W‖ chart of a net without hidden biases; null for the kinds that have them. */
const NO_BIAS: Readonly<Record<NormKind, string | null>> = {
  none: null,
  bn: 'No hidden bias: BN subtracts the batch mean, which would cancel it; β shifts instead.',
  'bn-fixed': 'No hidden bias: BN subtracts the batch mean, which would cancel it; β stays at 0.',
  'center-stopgrad': null,
  'noisy-bn': 'No hidden bias: BN subtracts the batch mean, which would cancel it; β shifts instead.',
};

const hasBias = (side: Side) => NO_BIAS[side.kind] === null;

const threeDigits = d3.format(',.3~r');
/** 3 significant digits in plain decimals: a ‖b‖ of 2,997 reads "3,000", not "3e+3". */
const normReadout = (value: number) => (Number.isFinite(value) ? threeDigits(value) : formatNumber(value));

/** The y axis one norm's charts share across all sides. */
interface NormAxis {
  readonly log: boolean;
  readonly zeroLane: boolean;
  readonly domain: Extent;
}

/**
 * Log once the values span more than two decades (a bias growing from 0.01 past 1, or center-stopgrad's past 10),
 * else linear, where a ‖W‖ growing from 10 to 25 reads as growth rather than a flat line.
 */
function normAxis(series: readonly TimeSeries[]): NormAxis {
  const positive = sharedExtent(
    series.map((s) => s.points.map((p) => p.value)),
    { positiveOnly: true },
  );
  const log = positive !== undefined && positive[1] > 100 * positive[0];
  // a bias starts at exactly 0: on a log axis it sits on the "0" lane below the decades
  const zeroLane = log && series.some((s) => s.points.some((p) => p.value === 0));
  return { log, zeroLane, domain: seriesDomain(series, { log }) };
}

/** What to look for, from the kinds on screen. */
function explainer(sides: readonly Side[]): string {
  const what = '‖W‖ (Frobenius, √Σw²) and ‖b‖ (√Σb²) of each layer, L1 darkest, on axes all nets share.';
  const trap = sides.some((side) => side.kind === 'center-stopgrad')
    ? ' center-stopgrad: ‖b‖ keeps growing though the output never changes, as subtracting μ_B cancels every step of b (§2).'
    : '';
  const scale = sides.some((side) => !hasBias(side))
    ? ' BN: ‖W‖ is free to grow, as BN(a·xWᵀ) = BN(xWᵀ) for any a > 0 (§3.3).'
    : '';
  return what + trap + scale;
}

export function NormsRow({ sides }: { readonly sides: readonly Side[] }) {
  const records = useSideProbes(sides);
  const { presenter, markerStep, xDomain } = useChartContext();
  const [hoverStep, setHoverStep] = useState<number | null>(null);
  const series = useMemo(
    () =>
      NORMS.map(({ of }, n) =>
        sides.map((side, i): TimeSeries[] => (n === 0 || hasBias(side) ? of(side, records[i]) : [])),
      ),
    [sides, records],
  );
  const axes = useMemo(() => series.map((perSide) => normAxis(perSide.flat())), [series]);
  const chart = (side: Side, width: number, n: number, caption?: string) => (
    <TimeSeriesChart
      key={NORMS[n].symbol}
      title={`${side.name}: ${NORMS[n].words} per layer`}
      series={series[n][side.index]}
      width={width}
      height={chartHeight('small', presenter)}
      yLabel={NORMS[n].symbol}
      log={axes[n].log}
      zeroLane={axes[n].zeroLane}
      xDomain={xDomain}
      yDomain={axes[n].domain}
      formatReadout={normReadout}
      markerStep={markerStep}
      hoverStep={hoverStep}
      onHoverStep={setHoverStep}
      legend={n === 0}
      caption={caption}
      presenter={presenter}
    />
  );
  return (
    <PairRow title="Weight and bias norms per layer over time" explainer={explainer(sides)} sides={sides}>
      {(side, width) => {
        const noBias = NO_BIAS[side.kind];
        return noBias === null ? [chart(side, width, 0), chart(side, width, 1)] : chart(side, width, 0, noBias);
      }}
    </PairRow>
  );
}
