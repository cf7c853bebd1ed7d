/** Distributions over time: one histogram of a layer's pre-activation per probe, as ridges or overlaid. */

import { memo } from 'react';
import * as d3 from 'd3';
import type { ActivationName } from '../protocol/config.ts';
import type { Histogram } from '../protocol/history.ts';
import { ActivationBackdrop } from './activation-backdrop.tsx';
import { INPUT_DOMAIN } from './activation-zones.ts';
import { AxisBottom, AxisLeft } from './axes.tsx';
import { summarizeRidgeline } from './chart-summaries.ts';
import { ChartFrame } from './chart-frame.tsx';
import { HoverOverlay, VerticalLine } from './hover-overlay.tsx';
import type { Extent } from './domains.ts';
import { formatNumber, formatPercent, formatStep } from './format.ts';
import type { DensityBin } from './histogram-density.ts';
import { plotArea } from './plot-area.ts';
import { Readout } from './readout.tsx';
import { edgeTicks, ridgeScene, type RidgeScene } from './ridge-geometry.ts';
import { Ridges, ScrubMark } from './ridge-marks.tsx';
import { chartSizes, type ChartSizes } from './theme.ts';
import { useHover } from './use-hover.ts';

export interface ProbeHistogram {
  readonly step: number;
  readonly histogram: Histogram;
}

export interface RidgelineChartProps {
  readonly title: string;
  /** one histogram per probe, in step order */
  readonly probes: readonly ProbeHistogram[];
  readonly width: number;
  readonly height: number;
  /** the net's (or layer's) colour */
  readonly color: string;
  /** ridge: stacked upward, newest on top; overlay: one axis, older fainter. Default ridge. */
  readonly mode?: 'ridge' | 'overlay';
  /** the nonlinearity these values feed: its curve and its saturated (or dead) zones are drawn behind; none when absent */
  readonly activation?: ActivationName;
  /** default [−8, 8]; the end bins collect everything beyond */
  readonly domain?: Extent;
  /** the density drawn full height; pass maxDensity(both sides' histograms) so paired charts compare */
  readonly densityMax?: number;
  /** the scrubber position: that probe is emphasised */
  readonly highlightStep?: number | null;
  /** draw at most this many probes (evenly thinned, keeping the newest and the highlighted one); default 40 */
  readonly maxRidges?: number;
  /** default "input to the nonlinearity" */
  readonly xLabel?: string;
  /** a line under the chart, e.g. which statistics it shows */
  readonly caption?: string;
  readonly presenter?: boolean;
}

function binRange(b: DensityBin): string {
  if (b.openLow) return `< ${formatNumber(b.x1)}`;
  if (b.openHigh) return `≥ ${formatNumber(b.x0)}`;
  return `${formatNumber(b.x0)} to ${formatNumber(b.x1)}`;
}

function RidgelineChartView(props: RidgelineChartProps) {
  const { width, height, color, mode = 'ridge', activation, domain = INPUT_DOMAIN, presenter = false } = props;
  const sizes = chartSizes(presenter);
  const area = plotArea(width, height, sizes);
  const { innerWidth: W, innerHeight: H } = area;
  const hoverState = useHover(W, H);
  const { hover } = hoverState;
  const scene = ridgeScene({
    probes: props.probes,
    mode,
    domain,
    densityMax: props.densityMax,
    highlightStep: props.highlightStep ?? null,
    maxRidges: props.maxRidges ?? 40,
    innerHeight: H,
    fontSize: sizes.fontSize,
  });
  const x = d3.scaleLinear().domain(domain).range([0, W]);
  const xLabel = props.xLabel ?? 'input to the nonlinearity';
  const summary = summarizeRidgeline({
    quantity: xLabel,
    probes: props.probes,
    domain,
    highlightStep: props.highlightStep,
  });
  const xAxis = edgeTicks(domain, Math.max(2, Math.floor(W / (sizes.fontSize * 4))));
  const hovered = hover && scene.steps.length > 0 ? scene.indexAt(hover.y) : -1;
  const readout =
    hover && hovered >= 0 ? (
      <BinReadout
        scene={scene}
        index={hovered}
        value={x.invert(hover.x)}
        x={area.left + hover.x}
        y={area.top}
        flip={hover.x > W / 2}
        color={color}
        sizes={sizes}
      />
    ) : null;
  return (
    <ChartFrame
      title={props.title}
      summary={summary}
      width={width}
      height={height}
      sizes={sizes}
      overlay={readout}
      caption={props.caption}
    >
      <g transform={`translate(${area.left},${area.top})`}>
        {activation ? (
          <ActivationBackdrop
            activation={activation}
            domain={domain}
            x={x}
            innerWidth={W}
            innerHeight={H}
            sizes={sizes}
          />
        ) : null}
        <AxisLeft {...scene.yAxis} length={H} sizes={sizes} />
        <AxisBottom scale={x} {...xAxis} label={xLabel} length={W} sizes={sizes} offset={H} />
        <Ridges scene={scene} x={x} mode={mode} hovered={hovered} color={color} sizes={sizes} />
        <ScrubMark scene={scene} innerWidth={W} sizes={sizes} />
        {hover ? <VerticalLine x={hover.x} height={H} width={1} /> : null}
        <HoverOverlay width={W} height={H} hover={hoverState} />
      </g>
    </ChartFrame>
  );
}

interface BinReadoutProps {
  readonly scene: RidgeScene;
  readonly index: number;
  /** the input value under the pointer */
  readonly value: number;
  /** where the box goes, in SVG pixels */
  readonly x: number;
  readonly y: number;
  readonly flip: boolean;
  readonly color: string;
  readonly sizes: ChartSizes;
}

/** The hovered probe's step, and the bin under the pointer with its count. */
function BinReadout({ scene, index, value, x, y, flip, color, sizes }: BinReadoutProps) {
  const bins = scene.bins[index];
  const bin = bins.find((b) => value < b.x1) ?? bins[bins.length - 1];
  if (!bin) return null;
  const total = d3.sum(bins, (b) => b.count);
  const share = formatPercent(total > 0 ? bin.count / total : 0);
  const rows = [
    { key: 'bin', label: 'input', color, value: binRange(bin) },
    { key: 'count', label: 'count', color, value: `${bin.count} (${share})` },
  ];
  return (
    <Readout heading={`step ${formatStep(scene.steps[index])}`} rows={rows} x={x} y={y} flip={flip} sizes={sizes} />
  );
}

/** Memoised: an unchanged chart is skipped when its row re-renders for something else (a status, a hover). */
export const RidgelineChart = memo(RidgelineChartView);
