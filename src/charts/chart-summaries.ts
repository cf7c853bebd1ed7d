/**
 * What each chart says to a screen reader: what it shows and its latest values, in sentences built from the same
 * props it draws. One pure function per kind of chart.
 */

import type { Histogram } from '../protocol/history.ts';
import type { Extent } from './domains.ts';
import { EDGE_WORDS, type Edge } from './edge-marks.tsx';
import { formatNumber, formatStep } from './format.ts';
import { histogramDensity, type DensityBin } from './histogram-density.ts';
import { unionSteps } from './nearest-step.ts';
import { labelOf, type BandPoint, type TimeSeries } from './time-series.ts';
import type { PointMark, ReferenceLine, XYSeries } from './xy-series.ts';

/** "test accuracy (%)" → "Test accuracy (%)"; a Greek or symbol start (γ, ‖W‖) stays as it is. */
const capitalised = (text: string) => text.replace(/^[a-z]/, (c) => c.toUpperCase());

/** Sentences joined, each ending in a full stop. */
export function sentences(parts: readonly (string | null | undefined)[]): string {
  return parts
    .filter((part): part is string => !!part)
    .map((part) => (/[.!?]$/.test(part) ? part : `${part}.`))
    .join(' ');
}

/** "over 1,200 steps", "over steps 500 to 1,200", "at step 0". */
function stepSpan(first: number, last: number): string {
  if (first === last) return `at step ${formatStep(first)}`;
  return first === 0 ? `over ${formatStep(last)} steps` : `over steps ${formatStep(first)} to ${formatStep(last)}`;
}

export interface TimeSummaryInput {
  /** what the y axis shows, e.g. "test accuracy (%)" */
  readonly quantity: string;
  readonly series: readonly TimeSeries[];
  /** a value as the hover read-out writes it (with its band, if any) */
  readonly format: (value: number, band: BandPoint | undefined) => string;
  /** the edge a value lies past, if it is drawn as ▲ or ▼ */
  readonly edgeOf?: (value: number) => Edge | null;
  /** the timeline's marked step, if any */
  readonly markerStep?: number | null;
}

/** "Test accuracy (%) over 1,200 steps. Latest at step 1,200: plain 91.2 %, bn 95.3 %." and the marked step, ✕s. */
export function summarizeTimeSeries(input: TimeSummaryInput): string {
  const { series, format, edgeOf } = input;
  const steps = unionSteps(series.map((s) => s.points.map((p) => p.step)));
  const quantity = capitalised(input.quantity);
  if (steps.length === 0) return sentences([`${quantity}: no probes yet`]);
  const valueWords = (s: TimeSeries, value: number, step: number) => {
    const band = s.band?.find((b) => b.step === step);
    const edge = Number.isFinite(value) ? (edgeOf?.(value) ?? null) : null;
    return `${format(value, band)}${edge ? ` (${EDGE_WORDS[edge]})` : ''}`;
  };
  const latest = series.map((s) => ({ s, last: s.points.findLast((p) => Number.isFinite(p.value)) }));
  const lastSteps = new Set(latest.flatMap(({ last }) => (last ? [last.step] : [])));
  const common = lastSteps.size === 1 ? [...lastSteps][0] : undefined;
  const latestWords = latest.map(({ s, last }) => {
    if (!last) return `${labelOf(s)} no value yet`;
    const at = common === undefined ? ` at step ${formatStep(last.step)}` : '';
    return `${labelOf(s)} ${valueWords(s, last.value, last.step)}${at}`;
  });
  const marker = input.markerStep;
  const marked =
    marker == null
      ? null
      : `At the marked step ${formatStep(marker)}: ${series
          .map((s) => {
            const value = s.points.find((p) => p.step === marker)?.value ?? NaN;
            return `${labelOf(s)} ${Number.isFinite(value) ? valueWords(s, value, marker) : 'no value'}`;
          })
          .join(', ')}`;
  const diverged = series.flatMap((s) =>
    s.divergedAt == null ? [] : [`${labelOf(s)} diverged at step ${formatStep(s.divergedAt)}`],
  );
  return sentences([
    `${quantity} ${stepSpan(steps[0], steps[steps.length - 1])}`,
    `Latest${common === undefined ? '' : ` at step ${formatStep(common)}`}: ${latestWords.join(', ')}`,
    marked,
    ...diverged,
  ]);
}

/** The value below which a share q of a histogram's counts lie, interpolated within its bin; an end bin says so. */
export function histogramQuantile(bins: readonly DensityBin[], q: number): string {
  const total = bins.reduce((sum, b) => sum + b.count, 0);
  const target = q * total;
  let before = 0;
  for (const b of bins) {
    if (b.count > 0 && before + b.count >= target) {
      if (b.openLow) return `below ${formatNumber(b.x1)}`;
      if (b.openHigh) return `above ${formatNumber(b.x0)}`;
      return formatNumber(b.x0 + ((target - before) / b.count) * (b.x1 - b.x0));
    }
    before += b.count;
  }
  return formatNumber(NaN);
}

/** "median 0.3, middle 70 % from −1.2 to 1.8" */
function spreadWords(histogram: Histogram, domain: Extent): string {
  const bins = histogramDensity(histogram, domain);
  if (bins.every((b) => b.count === 0)) return 'no values';
  const [p15, p50, p85] = [0.15, 0.5, 0.85].map((q) => histogramQuantile(bins, q));
  return `median ${p50}, middle 70\u00a0% from ${p15} to ${p85}`;
}

export interface RidgeSummaryInput {
  /** what the x axis shows, e.g. "input to sigmoid" */
  readonly quantity: string;
  readonly probes: readonly { readonly step: number; readonly histogram: Histogram }[];
  readonly domain: Extent;
  readonly highlightStep?: number | null;
}

/** "Histograms of input to sigmoid at 13 probes, over 1,200 steps. Newest, at step 1,200: median 0.3, …" */
export function summarizeRidgeline({ quantity, probes, domain, highlightStep }: RidgeSummaryInput): string {
  const newest = probes[probes.length - 1];
  if (!newest) return sentences([`${capitalised(quantity)}: no probes yet`]);
  const count = probes.length === 1 ? 'one probe' : `${probes.length} probes`;
  const marked = highlightStep == null ? undefined : probes.find((p) => p.step === highlightStep);
  return sentences([
    `Histograms of ${quantity} at ${count}, ${stepSpan(probes[0].step, newest.step)}`,
    `Newest, at step ${formatStep(newest.step)}: ${spreadWords(newest.histogram, domain)}`,
    marked && marked !== newest
      ? `At the marked step ${formatStep(marked.step)}: ${spreadWords(marked.histogram, domain)}`
      : null,
  ]);
}

export interface XYSummaryInput {
  readonly quantity: string;
  /** what the x axis shows */
  readonly against: string;
  readonly series: readonly XYSeries[];
  readonly references: readonly ReferenceLine[];
  readonly formatX: (x: number) => string;
  readonly formatY: (y: number) => string;
}

/** "L(a·W) against a. plain: 0.35 at 0.1 to 2.3 at 10. bn: …. Flat lines: bn, running averages 95 %." */
export function summarizeXY({ quantity, against, series, references, formatX, formatY }: XYSummaryInput): string {
  const marked = (s: XYSeries, mark: PointMark, words: string) => {
    const xs = s.points.filter((p) => p.mark === mark).map((p) => formatX(p.x));
    return xs.length > 0 ? `; ${words} at ${xs.join(', ')}` : '';
  };
  const lineWords = (s: XYSeries) => {
    const points = s.points.filter((p) => Number.isFinite(p.y));
    const at = (p: { x: number; y: number }) => `${formatY(p.y)} at ${formatX(p.x)}`;
    const [first, last] = [points[0], points[points.length - 1]];
    const values = points.length === 0 ? 'no values' : points.length === 1 ? at(first) : `${at(first)} to ${at(last)}`;
    return `${s.name}: ${values}${marked(s, 'stalled', 'stalled')}${marked(s, 'diverged', 'diverged')}`;
  };
  const flat = references.map((r) => `${r.label ?? r.name} ${formatY(r.value)}`);
  return sentences([
    `${capitalised(quantity)} against ${against}`,
    ...series.map(lineWords),
    flat.length > 0 ? `Flat lines: ${flat.join(', ')}` : null,
  ]);
}

export interface BarsSummaryInput {
  /** what the x axis shows */
  readonly quantity: string;
  readonly counts: readonly number[];
  readonly domain: Extent;
  /** what a count counts, plural: "batches" */
  readonly unit: string;
}

/** "200 batches in 20 bins of p(true) from 0 to 1. All from 0.3 to 0.7; the fullest bin, 0.45–0.5, holds 37." */
export function summarizeBars({ quantity, counts, domain, unit }: BarsSummaryInput): string {
  const [lo, hi] = domain;
  const width = (hi - lo) / counts.length;
  const edge = (i: number) => formatNumber(lo + i * width);
  const total = counts.reduce((sum, c) => sum + c, 0);
  const head = `${formatStep(total)} ${unit} in ${counts.length} bins of ${quantity} from ${edge(0)} to ${edge(counts.length)}`;
  if (total === 0) return sentences([head]);
  const first = counts.findIndex((c) => c > 0);
  const last = counts.findLastIndex((c) => c > 0);
  const fullest = counts.indexOf(Math.max(...counts));
  return sentences([
    head,
    `All from ${edge(first)} to ${edge(last + 1)}; the fullest bin, ${edge(fullest)}–${edge(fullest + 1)}, holds ${formatStep(counts[fullest])}`,
  ]);
}

export interface DigitNet {
  readonly label: string;
  /** predicted class per digit; null before the first probe */
  readonly predictions: Uint8Array | null;
}

/** "4 test digits. plain gets 1 of 4 right, bn gets 4 of 4 right." */
export function summarizeDigitStrip(labels: Uint8Array, count: number, nets: readonly DigitNet[]): string {
  const words = nets.map((net) => {
    if (!net.predictions) return `${net.label} has no predictions yet`;
    let right = 0;
    for (let i = 0; i < count; i++) if (net.predictions[i] === labels[i]) right += 1;
    return `${net.label} gets ${right} of ${count} right`;
  });
  return sentences([`${count} test ${count === 1 ? 'digit' : 'digits'}`, words.length > 0 ? words.join(', ') : null]);
}
