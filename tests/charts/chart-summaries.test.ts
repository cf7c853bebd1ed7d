import { describe, expect, it } from 'vitest';
import {
  histogramQuantile,
  summarizeBars,
  summarizeDigitStrip,
  summarizeRidgeline,
  summarizeTimeSeries,
  summarizeXY,
} from '../../src/charts/chart-summaries.ts';
import { formatNumber, formatPercent } from '../../src/charts/format.ts';
import { histogramDensity } from '../../src/charts/histogram-density.ts';
import type { TimeSeries } from '../../src/charts/time-series.ts';

const NBSP = '\u00a0';
const percent = (value: number) => formatPercent(value / 100);

const accuracy: TimeSeries[] = [
  {
    name: 'plain',
    color: '#D55E00',
    points: [
      { step: 0, value: 10 },
      { step: 600, value: 80.5 },
      { step: 1200, value: 91.2 },
    ],
  },
  {
    name: 'bn',
    color: '#0072B2',
    points: [
      { step: 0, value: 10 },
      { step: 600, value: 93 },
      { step: 1200, value: 95.3 },
    ],
  },
];

describe('summarizeTimeSeries', () => {
  it('says what the chart shows, over how many steps, and each net’s latest value', () => {
    expect(summarizeTimeSeries({ quantity: 'test accuracy (%)', series: accuracy, format: percent })).toBe(
      `Test accuracy (%) over 1,200 steps. Latest at step 1,200: plain 91.2${NBSP}%, bn 95.3${NBSP}%.`,
    );
  });

  it('adds the values at the timeline’s marked step', () => {
    const text = summarizeTimeSeries({ quantity: 'accuracy', series: accuracy, format: percent, markerStep: 600 });
    expect(text).toContain(`At the marked step 600: plain 80.5${NBSP}%, bn 93.0${NBSP}%.`);
  });

  it('gives each net its own step when their latest values differ in step, and names a divergence', () => {
    const series: TimeSeries[] = [
      { ...accuracy[0], points: [...accuracy[0].points.slice(0, 2), { step: 1200, value: NaN }], divergedAt: 1100 },
      accuracy[1],
    ];
    expect(summarizeTimeSeries({ quantity: 'loss', series, format: formatNumber })).toBe(
      'Loss over 1,200 steps. Latest: plain 80.5 at step 600, bn 95.3 at step 1,200. plain diverged at step 1,100.',
    );
  });

  it('says which values lie off the chart, and which series has none yet', () => {
    const series: TimeSeries[] = [
      { name: 'L1', color: '#000', points: [{ step: 500, value: 9 }] },
      { name: 'L2', color: '#000', points: [{ step: 500, value: NaN }] },
    ];
    const text = summarizeTimeSeries({
      quantity: 'γ',
      series,
      format: formatNumber,
      edgeOf: (v) => (v > 4 ? 'above' : null),
    });
    expect(text).toBe('γ at step 500. Latest at step 500: L1 9 (above the chart), L2 no value yet.');
  });

  it('writes a band value as the read-out does, and from a later first step a range of steps', () => {
    const series: TimeSeries[] = [
      {
        name: 'bn',
        color: '#000',
        points: [
          { step: 100, value: 0.5 },
          { step: 200, value: 0.25 },
        ],
        band: [
          { step: 100, lo: 0, hi: 1 },
          { step: 200, lo: -1, hi: 1.5 },
        ],
      },
    ];
    const format = (v: number, band: { lo: number; hi: number } | undefined) =>
      `${formatNumber(band?.lo ?? NaN)}/${formatNumber(v)}/${formatNumber(band?.hi ?? NaN)}`;
    expect(summarizeTimeSeries({ quantity: 'input', series, format })).toBe(
      'Input over steps 100 to 200. Latest at step 200: bn −1/0.25/1.5.',
    );
  });

  it('before the first probe says so', () => {
    expect(summarizeTimeSeries({ quantity: 'loss', series: [], format: formatNumber })).toBe('Loss: no probes yet.');
  });
});

/** Four bins of width 1 over [−2, 2]: 0, 5, 5, 0 counts. */
const histogram = { edges: Float64Array.of(-2, -1, 0, 1, 2), counts: Uint32Array.of(0, 5, 5, 0) };

describe('summarizeRidgeline', () => {
  it('finds quantiles by interpolating within a bin: p15 of 10 counts is 1.5 counts into [−1, 0)', () => {
    const bins = histogramDensity(histogram, [-2, 2]);
    expect(histogramQuantile(bins, 0.15)).toBe('−0.7');
    expect(histogramQuantile(bins, 0.5)).toBe('0');
    expect(histogramQuantile(bins, 0.85)).toBe('0.7');
  });

  it('says "below" or "above" for a quantile in an end bin, which holds everything beyond', () => {
    const piled = { edges: histogram.edges, counts: Uint32Array.of(8, 1, 1, 0) };
    const bins = histogramDensity(piled, [-2, 2]);
    expect(histogramQuantile(bins, 0.5)).toBe('below −1');
    expect(histogramQuantile(histogramDensity({ ...piled, counts: Uint32Array.of(0, 1, 1, 8) }, [-2, 2]), 0.5)).toBe(
      'above 1',
    );
  });

  it('names the probes and gives the newest one’s median and middle 70 %', () => {
    const probes = [
      { step: 0, histogram },
      { step: 100, histogram },
    ];
    expect(summarizeRidgeline({ quantity: 'input to sigmoid', probes, domain: [-2, 2] })).toBe(
      `Histograms of input to sigmoid at 2 probes, over 100 steps. Newest, at step 100: median 0, middle 70${NBSP}% from −0.7 to 0.7.`,
    );
  });

  it('adds the marked probe, and says when there is none yet', () => {
    const shifted = { edges: Float64Array.of(-1, 0, 1, 2, 3), counts: histogram.counts };
    const probes = [
      { step: 0, histogram: shifted },
      { step: 100, histogram },
    ];
    expect(summarizeRidgeline({ quantity: 'x', probes, domain: [-2, 3], highlightStep: 0 })).toContain(
      `At the marked step 0: median 1, middle 70${NBSP}% from 0.3 to 1.7.`,
    );
    expect(summarizeRidgeline({ quantity: 'raw x·Wᵀ', probes: [], domain: [-2, 2] })).toBe('Raw x·Wᵀ: no probes yet.');
  });
});

describe('summarizeXY', () => {
  it('gives each line’s ends and each flat line’s value', () => {
    const text = summarizeXY({
      quantity: 'test accuracy (%)',
      against: 'inference batch size',
      series: [
        {
          name: 'bn',
          color: '#000',
          points: [
            { x: 1, y: 10 },
            { x: 8, y: 80 },
            { x: 60, y: 95 },
          ],
        },
        { name: 'plain', color: '#000', points: [{ x: 1, y: 90 }] },
      ],
      references: [
        { name: 'bn-running', label: 'bn with running averages', color: '#000', value: 96, pattern: 'dashed' },
      ],
      formatX: String,
      formatY: percent,
    });
    expect(text).toBe(
      `Test accuracy (%) against inference batch size. bn: 10.0${NBSP}% at 1 to 95.0${NBSP}% at 60. ` +
        `plain: 90.0${NBSP}% at 1. Flat lines: bn with running averages 96.0${NBSP}%.`,
    );
  });

  it('names the x of stalled and diverged points, a diverged one having no value', () => {
    const text = summarizeXY({
      quantity: 'final test loss',
      against: 'learning rate',
      series: [
        {
          name: 'plain',
          color: '#000',
          points: [
            { x: 0.01, y: 2.3, mark: 'stalled' },
            { x: 1, y: 0.3 },
            { x: 10, y: NaN, mark: 'diverged' },
            { x: 100, y: NaN, mark: 'diverged' },
          ],
        },
        { name: 'bn', color: '#000', points: [{ x: 100, y: NaN, mark: 'diverged' }] },
      ],
      references: [],
      formatX: String,
      formatY: formatNumber,
    });
    expect(text).toBe(
      'Final test loss against learning rate. plain: 2.3 at 0.01 to 0.3 at 1; stalled at 0.01; diverged at 10, 100. ' +
        'bn: no values; diverged at 100.',
    );
  });
});

describe('summarizeBars', () => {
  it('counts, the occupied range and the fullest bin: 8 batches in 4 bins over [0, 1]', () => {
    const text = summarizeBars({ quantity: 'p(true)', counts: [0, 2, 5, 1], domain: [0, 1], unit: 'batches' });
    expect(text).toBe(
      '8 batches in 4 bins of p(true) from 0 to 1. All from 0.25 to 1; the fullest bin, 0.5–0.75, holds 5.',
    );
  });

  it('with nothing counted says only what it would count', () => {
    expect(summarizeBars({ quantity: 'p', counts: [0, 0], domain: [0, 1], unit: 'batches' })).toBe(
      '0 batches in 2 bins of p from 0 to 1.',
    );
  });
});

describe('summarizeDigitStrip', () => {
  it('says how many of the digits each net gets right', () => {
    const labels = Uint8Array.of(3, 1, 4, 1);
    const nets = [
      { label: 'plain', predictions: Uint8Array.of(3, 3, 3, 3) },
      { label: 'bn', predictions: Uint8Array.of(3, 1, 4, 1) },
      { label: 'new', predictions: null },
    ];
    expect(summarizeDigitStrip(labels, 4, nets)).toBe(
      '4 test digits. plain gets 1 of 4 right, bn gets 4 of 4 right, new has no predictions yet.',
    );
  });
});
