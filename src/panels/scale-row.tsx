/** §3.3 measured: L(a·W_l) and a·‖∂L/∂W_l‖ for a from 0.1 to 10, one line per net; and the Apply that rescales W_l. */

import * as d3 from 'd3';
import { useMemo, useState } from 'react';
import { sharedExtent, type Extent } from '../charts/domains.ts';
import { formatNumber, formatScientific } from '../charts/format.ts';
import { XYLineChart, type XYLineChartProps } from '../charts/xy-line-chart.tsx';
import type { XYSeries } from '../charts/xy-series.ts';
import type { ScaleProbeResult } from '../protocol/measurements.ts';
import { useLab } from '../store/use-lab.ts';
import { chartHeight } from './chart-height.ts';
import { MeasureButton, MeasuredAt, NetSummaries, useMeasureState, type NetSummary } from './measure-controls.tsx';
import { rangeWords } from './measure-words.ts';
import { MeasuredCell } from './measured-cell.tsx';
import { RowHead } from './row-head.tsx';
import { ScaleApply } from './scale-apply.tsx';
import { SelectField } from './select-field.tsx';
import type { Side } from './use-sides.ts';

const TITLE = 'Scale invariance (§3.3)';
const X_TICKS = [0.1, 0.2, 0.5, 1, 2, 5, 10];
const formatFactor = d3.format('~g');

/** What the charts show, and what to look for given the nets on screen. */
function explainer(layer: number, sides: readonly Side[]): string {
  const what = `On the last training batch, W of layer ${layer} scaled by a from 0.1 to 10: the loss L(a·W) and a·‖∂L/∂W‖. The layer is the one the distribution charts show.`;
  const plain = sides.some((side) => !side.bn);
  if (!sides.some((side) => side.bn))
    return `${what} Without normalisation both change with a: the scale of W matters.`;
  const look =
    " A BN net's lines are flat, since BN((aW)u) = BN(Wu) with the batch's own statistics and its gradient shrinks as 1/a";
  return `${what}${look}${plain ? "; a plain net's are not." : '.'}`;
}

interface ScaleCurves {
  readonly loss: XYSeries[];
  readonly grad: XYSeries[];
  readonly summaries: NetSummary[];
}

function curve(side: Side, factors: readonly number[], values: readonly number[]): XYSeries {
  return {
    name: side.name,
    color: side.color,
    variant: side.variant,
    points: factors.map((x, i) => ({ x, y: values[i] })),
  };
}

/** Per measured net: L(a·W) and a·‖∂L/∂(aW)‖, which BN keeps flat because ‖∂L/∂(aW)‖ falls as 1/a. */
function scaleCurves(sides: readonly Side[], result: ScaleProbeResult): ScaleCurves {
  const { factors } = result;
  const curves: ScaleCurves = { loss: [], grad: [], summaries: [] };
  for (const side of sides) {
    const net = result.nets[side.name];
    if (!net) {
      curves.summaries.push({ side, text: 'not measured (diverged)' });
      continue;
    }
    const scaledGrad = net.gradNorm.map((g, i) => factors[i] * g);
    curves.loss.push(curve(side, factors, net.loss));
    curves.grad.push(curve(side, factors, scaledGrad));
    const text = `loss ${rangeWords(net.loss, formatNumber)}; a·‖∂L/∂W‖ ${rangeWords(scaledGrad, formatScientific)}`;
    curves.summaries.push({ side, text });
  }
  return curves;
}

const ys = (s: XYSeries) => s.points.map((p) => p.y);

/** For a chart's <desc>: each net's range over a. */
function describe(series: readonly XYSeries[], format: (v: number) => string): string {
  return series.map((s) => `${s.name}: ${rangeWords(ys(s), format)}`).join('; ');
}

function lossDomain(series: readonly XYSeries[]): Extent {
  const hi = sharedExtent(series.map(ys))?.[1] ?? 1;
  // from 0: a flat line must look flat, not be stretched to fill the axis
  return [0, hi > 0 ? hi : 1];
}

type OwnChartProps = Pick<
  XYLineChartProps,
  'title' | 'description' | 'series' | 'yLabel' | 'yDomain' | 'logY' | 'formatY'
>;

/** The two charts' own props: L(a·W) on a linear axis from 0, a·‖∂L/∂W‖ in decades. */
function chartProps(curves: ScaleCurves, layer: number): OwnChartProps[] {
  return [
    {
      title: `Loss L(a·W) of layer ${layer} against a`,
      description: describe(curves.loss, formatNumber),
      series: curves.loss,
      yLabel: 'L(a·W)',
      yDomain: lossDomain(curves.loss),
    },
    {
      title: `a·‖∂L/∂W‖ of layer ${layer} against a`,
      description: describe(curves.grad, formatScientific),
      series: curves.grad,
      yLabel: 'a·‖∂L/∂W‖',
      yDomain: sharedExtent(curves.grad.map(ys), { positiveOnly: true }) ?? [0.01, 1],
      logY: true,
      formatY: formatScientific,
    },
  ];
}

function ScaleCharts({ sides, result }: { readonly sides: readonly Side[]; readonly result: ScaleProbeResult }) {
  const presenter = useLab((s) => s.presenter);
  const curves = useMemo(() => scaleCurves(sides, result), [sides, result]);
  const xDomain: Extent = [Math.min(...result.factors), Math.max(...result.factors)];
  const common = {
    height: chartHeight('time', presenter),
    xDomain,
    xTicks: X_TICKS.filter((t) => t >= xDomain[0] && t <= xDomain[1]),
    formatX: formatFactor,
    xLabel: 'a (W scaled by a)',
    presenter,
  };
  return (
    <>
      <div className="pair">
        {chartProps(curves, result.layer).map((chart) => (
          <MeasuredCell key={chart.title}>
            {(width) => <XYLineChart {...chart} {...common} width={width} />}
          </MeasuredCell>
        ))}
      </div>
      <NetSummaries label={`Scale invariance of layer ${result.layer}, in words`} items={curves.summaries} />
    </>
  );
}

/** Why a result no longer answers for the nets on screen, though the run has not moved on. */
function staleness(result: ScaleProbeResult | undefined, layer: number, appliedOn: ScaleProbeResult | null) {
  if (!result) return null;
  if (result.layer !== layer) return `measure again for layer ${layer}`;
  return appliedOn === result ? 'W was rescaled since: measure again' : null;
}

/** The hidden layer to scale: the page's selected layer, so the distributions below show the same one. */
function LayerSelect() {
  const hidden = useLab((s) => s.config.hidden);
  const layer = useLab((s) => s.selectedLayer);
  const selectLayer = useLab((s) => s.selectLayer);
  const options = hidden.map((_, l) => ({ value: String(l), label: `L${l + 1}` }));
  return <SelectField label="Layer" value={String(layer)} options={options} onChange={(v) => selectLayer(Number(v))} />;
}

export function ScaleRow({ sides }: { readonly sides: readonly Side[] }) {
  const layer = useLab((s) => s.selectedLayer) + 1;
  const result = useLab((s) => s.measurements.scale?.result);
  const measure = useLab((s) => s.measure);
  const state = useMeasureState('scale');
  // the result that was on screen when W was rescaled: it no longer describes the nets
  const [appliedOn, setAppliedOn] = useState<ScaleProbeResult | null>(null);
  const stale = staleness(result, layer, appliedOn);
  return (
    <section className="row" aria-label={TITLE}>
      <RowHead
        title={TITLE}
        explainer={explainer(layer, sides)}
        actions={
          <>
            <LayerSelect />
            <MeasureButton {...state} onMeasure={() => measure({ kind: 'scale', layer })} />
          </>
        }
      />
      <MeasuredAt step={result?.step ?? null} subject={result ? `layer ${result.layer}` : undefined} stale={stale} />
      {result ? <ScaleCharts sides={sides} result={result} /> : null}
      <ScaleApply layer={layer} onApplied={() => setAppliedOn(result ?? null)} />
    </section>
  );
}
