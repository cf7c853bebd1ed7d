/** Geometry of the distributions-over-time chart: which probes to draw, where each ridge sits, its outline, the axes. */

import * as d3 from 'd3';
import type { Histogram } from '../protocol/history.ts';
import type { Extent } from './domains.ts';
import { formatNumber, formatStep } from './format.ts';
import { histogramDensity, maxDensity, type DensityBin } from './histogram-density.ts';
import { nearestIndex, thinIndices } from './nearest-step.ts';
import { valueAxis } from './value-axis.ts';

/** How many ridge spacings a full-height ridge spans: ridges overlap upward. */
const RIDGE_OVERLAP = 2.5;

/**
 * At most max of n indices, evenly spread: every stride-th from the oldest, and the newest. The stride is a power of
 * two, so as probes arrive the picked ones stay put (until the stride doubles and every other one drops out) rather
 * than every ridge jumping to a neighbouring probe at each new probe.
 */
function evenSample(n: number, max: number): number[] {
  if (n <= max) return d3.range(n);
  const stride = 2 ** Math.ceil(Math.log2((n - 1) / (max - 1)));
  return [...d3.range(0, n - 1, stride), n - 1];
}

/** Indices of at most max probes, evenly spread, always with the newest and the one nearest the highlighted step. */
function pickProbeIndices(steps: readonly number[], max: number, highlightStep: number | null): number[] {
  const highlight = highlightStep == null ? -1 : nearestIndex(steps, highlightStep);
  const picked = new Set(evenSample(steps.length, Math.max(highlight >= 0 ? max - 1 : max, 2)));
  if (highlight >= 0) picked.add(highlight);
  return [...picked].sort((a, b) => a - b);
}

/** The stepped outline of a histogram's occupied bins: [x, height] corners, from and back to the baseline. */
function histogramOutline(bins: readonly DensityBin[], height: (density: number) => number): [number, number][] {
  const first = bins.findIndex((b) => b.count > 0);
  const last = bins.findLastIndex((b) => b.count > 0);
  if (first < 0) return [];
  const corners: [number, number][] = [[bins[first].x0, 0]];
  for (const b of bins.slice(first, last + 1)) corners.push([b.x0, height(b.density)], [b.x1, height(b.density)]);
  corners.push([bins[last].x1, 0]);
  return corners;
}

/** Step labels for the ridges: evenly thinned to fit, plus the highlighted one, which pushes its close neighbours out. */
function stepLabelIndices(count: number, highlight: number, spacing: number, fontSize: number): number[] {
  const fit = Math.max(1, Math.floor((count * spacing) / (fontSize * 1.6)));
  const thinned = thinIndices(count, fit);
  if (highlight < 0) return thinned;
  const clear = (i: number) => Math.abs(i - highlight) * spacing >= fontSize * 1.2;
  return [...thinned.filter(clear), highlight].sort((a, b) => a - b);
}

/** "≤ −8", "−4", …, "≥ 8": the end ticks say that the end bins collect everything beyond. */
export function edgeTicks(domain: Extent, count: number): { ticks: number[]; format: (v: number) => string } {
  const [lo, hi] = domain;
  const inner = d3.ticks(lo, hi, count).filter((t) => t > lo && t < hi);
  const format = (v: number) =>
    v === lo ? `≤ ${formatNumber(lo)}` : v === hi ? `≥ ${formatNumber(hi)}` : formatNumber(v);
  return { ticks: [lo, ...inner, hi], format };
}

export interface RidgeInput {
  readonly probes: readonly { readonly step: number; readonly histogram: Histogram }[];
  readonly mode: 'ridge' | 'overlay';
  readonly domain: Extent;
  readonly densityMax?: number;
  readonly highlightStep: number | null;
  readonly maxRidges: number;
  readonly innerHeight: number;
  readonly fontSize: number;
}

export interface RidgeScene {
  /** steps of the drawn probes, oldest first */
  readonly steps: readonly number[];
  readonly bins: readonly DensityBin[][];
  /** index into steps of the highlighted probe, or −1 */
  readonly highlight: number;
  /** the SVG path of probe i (filled ridges, or lines on one axis), given the x scale */
  path(i: number, x: (value: number) => number): string;
  /** the probe under a y position */
  indexAt(y: number): number;
  /** ridge mode: the y of probe i's baseline; overlay: null, all probes share the x axis */
  baseline(i: number): number | null;
  readonly yAxis: {
    readonly scale: (v: number) => number;
    readonly ticks: readonly number[];
    readonly format: (v: number) => string;
    readonly label: string;
  };
}

/** Ridge mode: baselines stacked upward, newest on top, each ridge RIDGE_OVERLAP spacings tall. Overlay: one density axis. */
export function ridgeScene(input: RidgeInput): RidgeScene {
  const { mode, domain, innerHeight, fontSize } = input;
  // ridges closer than ~6 px (12 px in presenter sizes) blur into one block
  const fit = mode === 'ridge' ? Math.max(2, Math.floor(innerHeight / (fontSize / 2))) : Infinity;
  const picked = pickProbeIndices(
    input.probes.map((p) => p.step),
    Math.min(input.maxRidges, fit),
    input.highlightStep,
  );
  const shown = picked.map((i) => input.probes[i]);
  const steps = shown.map((p) => p.step);
  const bins = shown.map((p) => histogramDensity(p.histogram, domain));
  const densityMax =
    input.densityMax ||
    maxDensity(
      shown.map((p) => p.histogram),
      domain,
    ) ||
    1;
  const highlight = input.highlightStep == null ? -1 : nearestIndex(steps, input.highlightStep);
  const scene = { steps, bins, highlight };
  return mode === 'overlay'
    ? { ...scene, ...overlayLayout(scene, densityMax, innerHeight, fontSize) }
    : { ...scene, ...stackLayout(scene, densityMax, innerHeight, fontSize) };
}

type Layout = Pick<RidgeScene, 'path' | 'indexAt' | 'baseline' | 'yAxis'>;
type SceneData = Pick<RidgeScene, 'steps' | 'bins' | 'highlight'>;

/** All probes on one density axis; hovering reads the highlighted (or newest) probe. */
function overlayLayout({ steps, bins, highlight }: SceneData, densityMax: number, H: number, fontSize: number): Layout {
  const density = valueAxis([0, densityMax], H, fontSize);
  const top = density.domain[1];
  const heightOf = (d: number) => H - density.scale(Math.min(d, top));
  return {
    path: (i, x) =>
      d3
        .line<[number, number]>()
        .x(([v]) => x(v))
        .y(([, h]) => H - h)(histogramOutline(bins[i], heightOf)) ?? '',
    indexAt: () => (highlight >= 0 ? highlight : steps.length - 1),
    baseline: () => null,
    yAxis: { ...density, label: 'density' },
  };
}

/** Ridges on baselines stacked upward, newest on top; the largest density spans RIDGE_OVERLAP spacings. */
function stackLayout({ steps, bins, highlight }: SceneData, densityMax: number, H: number, fontSize: number): Layout {
  const spacing = H / (Math.max(steps.length, 1) - 1 + RIDGE_OVERLAP);
  const ridgeHeight = Math.min(H, spacing * RIDGE_OVERLAP);
  const baseline = (i: number) => H - i * spacing;
  const heightOf = (d: number) => (Math.min(d, densityMax) / densityMax) * ridgeHeight;
  return {
    path: (i, x) =>
      d3
        .area<[number, number]>()
        .x(([v]) => x(v))
        .y0(baseline(i))
        .y1(([, h]) => baseline(i) - h)(histogramOutline(bins[i], heightOf)) ?? '',
    indexAt: (y) => Math.min(Math.max(Math.floor((H - y) / spacing), 0), Math.max(steps.length - 1, 0)),
    baseline,
    yAxis: {
      scale: (step) => baseline(steps.indexOf(step)),
      ticks: stepLabelIndices(steps.length, highlight, spacing, fontSize).map((i) => steps[i]),
      format: formatStep,
      label: 'step',
    },
  };
}
