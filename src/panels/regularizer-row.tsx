/** §3.4 measured: one borderline digit's p(true class) across batches of random mates, and how many digits flip. */

import * as d3 from 'd3';
import { useMemo } from 'react';
import type { Extent } from '../charts/domains.ts';
import { formatNumber, formatPercent } from '../charts/format.ts';
import { binCounts, HistogramBars } from '../charts/histogram-bars.tsx';
import type { RegularizerProbeResult } from '../protocol/measurements.ts';
import { useLab } from '../store/use-lab.ts';
import { chartHeight } from './chart-height.ts';
import { MeasureButton, MeasuredAt, NetSummaries, useMeasureState } from './measure-controls.tsx';
import { MeasuredCell } from './measured-cell.tsx';
import { RegularizerDigits } from './regularizer-digits.tsx';
import { RowHead } from './row-head.tsx';
import type { Side } from './use-sides.ts';

const TITLE = 'BN as a regularizer (§3.4)';
const BINS = 20;
const UNIT: Extent = [0, 1];

/** What the charts show, and what to look for given the nets on screen. */
function explainer(sides: readonly Side[]): string {
  const what =
    'A borderline digit put in 200 training-mode batches of random mates: its p(true class) in each batch, every net on one count axis.';
  const bn = sides.some((side) => side.bn)
    ? " A BN net normalises it with each batch's statistics, so its p spreads."
    : '';
  const plain = sides.some((side) => !side.bn)
    ? ' A net without normalisation computes each digit alone: a single bar.'
    : '';
  const how = ' Measure takes the digit whose p(true) in inference mode is nearest ½; then pick one of the four.';
  return what + bn + plain + how;
}

type NetResult = RegularizerProbeResult['nets'][string];

const flipWords = (net: NetResult) => `${formatPercent(net.flipShare)} of probe digits change class across 20 batches`;

/** The spread of the digit's p(true) over its batches. */
function spreadWords(net: NetResult): string {
  const [lo, hi] = d3.extent(net.pTrue) as [number, number];
  const batches = net.pTrue.length;
  if (lo === hi) return `p(true) ${formatNumber(lo)} in all ${batches} batches`;
  const median = formatNumber(d3.median(net.pTrue) ?? NaN);
  return `p(true) ${formatNumber(lo)}–${formatNumber(hi)} over ${batches} batches, median ${median}`;
}

interface HistogramCellProps {
  readonly side: Side;
  readonly result: RegularizerProbeResult;
  readonly counts: readonly number[];
  readonly yMax: number;
}

/** One net's histogram of the digit's p(true), and its share of flipping digits. */
function HistogramCell({ side, result, counts, yMax }: HistogramCellProps) {
  const presenter = useLab((s) => s.presenter);
  const net = result.nets[side.name];
  const caption = (
    <div className="cell__net" style={{ color: side.textColor }}>
      {side.name}
    </div>
  );
  return (
    <MeasuredCell caption={caption}>
      {(width) =>
        net ? (
          <>
            <HistogramBars
              title={`${side.name}: p(true) of digit ${result.digit} over ${net.pTrue.length} batches`}
              description={`${spreadWords(net)}; ${flipWords(net)}`}
              counts={counts}
              domain={UNIT}
              yMax={yMax}
              color={side.color}
              width={width}
              height={chartHeight('small', presenter)}
              xLabel={`p(true = ${result.label})`}
              yLabel="batches"
              unit="batches"
              presenter={presenter}
            />
            <p className="measure__flip">{flipWords(net)}</p>
          </>
        ) : (
          <p className="cell__note">Not measured: this net has diverged.</p>
        )
      }
    </MeasuredCell>
  );
}

function Histograms({ sides, result }: { readonly sides: readonly Side[]; readonly result: RegularizerProbeResult }) {
  const counts = useMemo(
    () => sides.map((side) => (result.nets[side.name] ? binCounts(result.nets[side.name].pTrue, BINS, UNIT) : [])),
    [sides, result],
  );
  // one count axis for every net, so BN's spread and the plain net's single bar compare at a glance
  const yMax = Math.max(1, ...counts.flat());
  const summaries = sides.map((side) => {
    const net = result.nets[side.name];
    return { side, text: net ? spreadWords(net) : 'not measured (diverged)' };
  });
  return (
    <>
      <div className="pair">
        {sides.map((side, i) => (
          <HistogramCell key={side.index} side={side} result={result} counts={counts[i]} yMax={yMax} />
        ))}
      </div>
      <NetSummaries label={`Digit ${result.digit} across batches, in words`} items={summaries} />
    </>
  );
}

export function RegularizerRow({ sides }: { readonly sides: readonly Side[] }) {
  const measurement = useLab((s) => s.measurements.regularizer);
  const measure = useLab((s) => s.measure);
  const state = useMeasureState('regularizer');
  const result = measurement?.result;
  return (
    <section className="row" aria-label={TITLE}>
      <RowHead
        title={TITLE}
        explainer={explainer(sides)}
        actions={<MeasureButton {...state} onMeasure={() => measure({ kind: 'regularizer', digit: null })} />}
      />
      <MeasuredAt
        step={result?.step ?? null}
        subject={result ? `digit ${result.digit} (a ${result.label})` : undefined}
      />
      {measurement ? (
        <RegularizerDigits
          candidates={measurement.candidates}
          chosen={measurement.result.digit}
          disabled={state.busy || state.blocked !== null}
          onChoose={(digit) => measure({ kind: 'regularizer', digit })}
        />
      ) : null}
      {result ? <Histograms sides={sides} result={result} /> : null}
    </section>
  );
}
