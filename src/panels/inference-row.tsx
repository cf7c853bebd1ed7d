/** §3.1 measured: accuracy with training-mode BN by inference batch size, against running and population statistics. */

import { useMemo } from 'react';
import type { Extent } from '../charts/domains.ts';
import { formatPercent } from '../charts/format.ts';
import { XYLineChart } from '../charts/xy-line-chart.tsx';
import type { ReferenceLine, XYSeries } from '../charts/xy-series.ts';
import type { InferenceProbeResult } from '../protocol/measurements.ts';
import { useLab } from '../store/use-lab.ts';
import { chartHeight } from './chart-height.ts';
import { MeasureButton, MeasuredAt, NetSummaries, useMeasureState, type NetSummary } from './measure-controls.tsx';
import { MeasuredCell } from './measured-cell.tsx';
import { RowHead } from './row-head.tsx';
import type { Side } from './use-sides.ts';

const TITLE = 'Train vs inference (§3.1)';
const CAPTION =
  'At batch 1, x − μ_B = 0 for the only example, so every x̂ is 0: a BN net gives every digit the same, constant prediction.';
const ACCURACY: Extent = [0, 100];
const PATTERNS = { dashed: 'running averages', dotted: 'population statistics (Algorithm 2)' } as const;
const formatAccuracy = (value: number) => formatPercent(value / 100);

/** What the chart shows, and what to look for given the nets on screen. */
function explainer(sides: readonly Side[]): string {
  const what =
    'Test accuracy in training mode, each inference batch normalised by its own statistics, for batches of 1 up to the training batch size.';
  const bn = sides.some((side) => side.bn)
    ? " The flat lines are each BN net's accuracy with its running averages (dashed) and with Algorithm 2's population statistics (dotted)."
    : '';
  const plain = sides.some((side) => !side.bn)
    ? ' A net without normalisation scores the same at every batch size.'
    : '';
  return what + bn + plain;
}

interface InferenceCurves {
  readonly series: XYSeries[];
  readonly references: ReferenceLine[];
  readonly summaries: NetSummary[];
}

type NetResult = InferenceProbeResult['nets'][string];

function summary(side: Side, net: NetResult, batchSizes: readonly number[]): string {
  const pct = formatPercent;
  // without normalisation a digit's output depends on that digit alone
  if (!side.bn) return `${pct(net.running)} at every batch size: no batch statistics`;
  const last = batchSizes.length - 1;
  const byBatch = `${pct(net.byBatchSize[0])} at batch ${batchSizes[0]}, ${pct(net.byBatchSize[last])} at batch ${batchSizes[last]}`;
  return `${byBatch}; running averages ${pct(net.running)}, population statistics ${pct(net.population)}`;
}

/** A BN net's accuracy in inference mode: with its running averages, and with Algorithm 2's population statistics. */
function referenceLines(side: Side, net: NetResult): ReferenceLine[] {
  return [
    {
      name: `${side.name}-running`,
      label: `${side.name} with running averages`,
      color: side.color,
      value: net.running * 100,
      pattern: 'dashed',
    },
    {
      name: `${side.name}-population`,
      label: `${side.name} with population statistics`,
      color: side.color,
      value: net.population * 100,
      pattern: 'dotted',
    },
  ];
}

function inferenceCurves(sides: readonly Side[], result: InferenceProbeResult): InferenceCurves {
  const curves: InferenceCurves = { series: [], references: [], summaries: [] };
  for (const side of sides) {
    const net = result.nets[side.name];
    if (!net) {
      curves.summaries.push({ side, text: 'not measured (diverged)' });
      continue;
    }
    const points = result.batchSizes.map((x, i) => ({ x, y: net.byBatchSize[i] * 100 }));
    curves.series.push({ name: side.name, color: side.color, variant: side.variant, points });
    if (side.bn) curves.references.push(...referenceLines(side, net));
    curves.summaries.push({ side, text: summary(side, net, result.batchSizes) });
  }
  return curves;
}

function InferenceChart({ sides, result }: { readonly sides: readonly Side[]; readonly result: InferenceProbeResult }) {
  const presenter = useLab((s) => s.presenter);
  const curves = useMemo(() => inferenceCurves(sides, result), [sides, result]);
  const lo = Math.min(...result.batchSizes);
  const hi = Math.max(...result.batchSizes);
  const description = curves.summaries.map(({ side, text }) => `${side.name}: ${text}`).join('; ');
  return (
    <div className="pair">
      <MeasuredCell>
        {(width) => (
          <XYLineChart
            title="Test accuracy against inference batch size"
            description={description}
            series={curves.series}
            references={curves.references}
            patternLabels={curves.references.length > 0 ? PATTERNS : undefined}
            width={width}
            height={chartHeight('time', presenter)}
            xDomain={[lo, hi > lo ? hi : 2 * lo]}
            xTicks={result.batchSizes}
            formatX={String}
            xLabel="inference batch size (log₂)"
            yDomain={ACCURACY}
            yLabel="test accuracy (%)"
            formatY={formatAccuracy}
            caption={sides.some((side) => side.bn) ? CAPTION : undefined}
            presenter={presenter}
          />
        )}
      </MeasuredCell>
      <NetSummaries label="Train vs inference, in words" items={curves.summaries} />
    </div>
  );
}

export function InferenceRow({ sides }: { readonly sides: readonly Side[] }) {
  const result = useLab((s) => s.measurements.inference?.result);
  const measure = useLab((s) => s.measure);
  const state = useMeasureState('inference');
  return (
    <section className="row" aria-label={TITLE}>
      <RowHead
        title={TITLE}
        explainer={explainer(sides)}
        actions={<MeasureButton {...state} onMeasure={() => measure({ kind: 'inference' })} />}
      />
      <MeasuredAt step={result?.step ?? null} />
      {result ? <InferenceChart sides={sides} result={result} /> : null}
    </section>
  );
}
