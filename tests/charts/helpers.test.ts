// tests run with environment jsdom and setup tests/setup-dom.ts already configured for the 'dom' project
import * as d3 from 'd3';
import { describe, expect, it } from 'vitest';
import { activationCurve, saturatedZones, SATURATION_THRESHOLD } from '../../src/charts/activation-zones.ts';
import { decadeExtent, seriesDomain, sharedExtent, stepDomain } from '../../src/charts/domains.ts';
import {
  formatNumber,
  formatPercent,
  formatPowerOfTen,
  formatScientific,
  formatStep,
} from '../../src/charts/format.ts';
import { histogramDensity, maxDensity } from '../../src/charts/histogram-density.ts';
import { nearestIndex, thinIndices, unionSteps } from '../../src/charts/nearest-step.ts';
import { dashArray, variantSymbol } from '../../src/charts/line-style.ts';
import { KIND_COLORS, kindColor, kindTextColor, layerColor } from '../../src/charts/theme.ts';
import { valueAxis } from '../../src/charts/value-axis.ts';
import { histogram } from './fixtures.ts';

describe('format', () => {
  it('writes steps with thousands separators, percentages with one decimal, minus as U+2212', () => {
    expect(formatStep(12500)).toBe('12,500');
    expect(formatPercent(0.912)).toBe('91.2\u00a0%');
    expect(formatNumber(-0.5)).toBe('−0.5');
    expect(formatNumber(NaN)).toBe('—');
  });

  it('writes gradient norms in compact scientific notation and log ticks as powers of ten', () => {
    expect(formatScientific(0.00123)).toBe('1.23e−3');
    expect(formatScientific(4500)).toBe('4.5e3');
    expect(formatPowerOfTen(0.001)).toBe('10⁻³');
    expect(formatPowerOfTen(1)).toBe('1');
    expect(formatPowerOfTen(100)).toBe('10²');
  });
});

describe('domains', () => {
  it('shares one extent over several series, skipping NaN', () => {
    expect(sharedExtent([[1, NaN, 3], Float64Array.of(-2, 0.5)])).toEqual([-2, 3]);
    expect(sharedExtent([[NaN]])).toBeUndefined();
    expect(sharedExtent([[-1, 0, 0.01, 2]], { positiveOnly: true })).toEqual([0.01, 2]);
  });

  it('includes bands in a series domain and rounds a log domain to whole decades', () => {
    const a = { points: [{ step: 0, value: 1 }], band: [{ step: 0, lo: 0.5, hi: 1.5 }] };
    const b = { points: [{ step: 5, value: 0.02 }] };
    expect(seriesDomain([a, b])).toEqual([0.02, 1.5]);
    expect(seriesDomain([a, b], { log: true })).toEqual([0.01, 10]);
    expect(decadeExtent([0.003, 0.2])).toEqual([0.001, 1]);
  });

  it('widens a single step into a usable domain', () => {
    const [lo, hi] = stepDomain([[100]]);
    expect(lo).toBeLessThan(100);
    expect(hi).toBeGreaterThan(100);
  });
});

describe('value axis', () => {
  it('on a log axis with a zero lane puts 0 on a tick of its own below the lowest decade', () => {
    const axis = valueAxis([1e-3, 1], 200, 12, true, true);
    expect(axis.ticks[0]).toBe(0);
    expect(axis.format(0)).toBe('0');
    expect(axis.scale(0)).toBe(200);
    expect(axis.scale(1e-3)).toBeLessThan(200 - 12);
    expect(axis.scale(1)).toBe(0);
    expect(valueAxis([1e-3, 1], 200, 12, true).ticks).not.toContain(0);
  });

  it('puts log ticks on powers of ten only, thinned on a short axis', () => {
    expect(valueAxis([1e-6, 1], 400, 12, true).ticks).toEqual([1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1]);
    const short = valueAxis([1e-6, 1], 60, 12, true).ticks;
    expect(short.length).toBeLessThan(7);
    for (const t of short) expect(t).toBe(Number(`1e${Math.round(Math.log10(t))}`));
  });
});

describe('histogram densities', () => {
  it('integrate to one over the domain whatever the probe-set size', () => {
    for (const scale of [1, 10]) {
      const bins = histogramDensity(histogram([1, 2, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10].map((c) => c * scale)));
      expect(d3.sum(bins, (b) => b.density * (b.x1 - b.x0))).toBeCloseTo(1, 12);
    }
  });

  it('fold bins beyond the display domain into its end bins, which are marked open', () => {
    const edges = Float64Array.of(-12, -10, -8, 0, 8, 10);
    const bins = histogramDensity(histogram([1, 2, 3, 4, 5], edges), [-8, 8]);
    expect(bins.map((b) => [b.x0, b.x1, b.count])).toEqual([
      [-8, 0, 6],
      [0, 8, 9],
    ]);
    expect(bins[0].openLow && bins[1].openHigh).toBe(true);
  });

  it('take the largest density from the inner bins only', () => {
    const pileUp = histogram([90, ...Array(14).fill(0), 0].map((c, i) => (i === 7 ? 10 : c)));
    expect(maxDensity([pileUp])).toBeCloseTo(0.1, 12);
  });
});

describe('activation zones', () => {
  it('shade the sigmoid where σ < 0.05 or σ > 0.95, that is beyond ±ln 19', () => {
    const [left, right] = saturatedZones('sigmoid');
    expect(left).toEqual([-8, -Math.log(19)]);
    expect(right).toEqual([Math.log(19), 8]);
    const s = 1 / (1 + Math.exp(-SATURATION_THRESHOLD.sigmoid));
    expect(s * (1 - s)).toBeCloseTo(0.19 * 0.25, 12);
  });

  it('shade tanh beyond atanh 0.9 and the negative half of a ReLU', () => {
    expect(saturatedZones('tanh')[1][0]).toBeCloseTo(1.4722, 4);
    expect(saturatedZones('relu')).toEqual([[-8, 0]]);
  });

  it('scale every curve into [0, 1]', () => {
    for (const a of ['sigmoid', 'tanh', 'relu'] as const) {
      const ys = activationCurve(a).map(([, y]) => y);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...ys)).toBeLessThanOrEqual(1);
    }
  });
});

describe('nearest step', () => {
  it('snaps to the nearest recorded step and thins evenly keeping the newest', () => {
    expect(
      unionSteps([
        [0, 200],
        [100, 200],
      ]),
    ).toEqual([0, 100, 200]);
    expect(nearestIndex([0, 100, 200], 140)).toBe(1);
    expect(nearestIndex([0, 100, 200], 999)).toBe(2);
    expect(nearestIndex([], 5)).toBe(-1);
    const kept = thinIndices(100, 10);
    expect(kept.length).toBeLessThanOrEqual(10);
    expect(kept.at(-1)).toBe(99);
  });
});

/** The WCAG 2 contrast ratio, written out from the spec as an oracle. */
function wcagContrast(foreground: string, background: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const [a, b] = [luminance(foreground), luminance(background)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}

describe('theme', () => {
  it('gives each kind of net its Okabe–Ito colour, whatever the net is called', () => {
    expect(kindColor('none')).toBe('#D55E00');
    expect(kindColor('bn')).toBe('#0072B2');
    expect(KIND_COLORS).toEqual({
      none: '#D55E00',
      bn: '#0072B2',
      'bn-fixed': '#56B4E9',
      'center-stopgrad': '#CC79A7',
      'noisy-bn': '#009E73',
    });
  });

  it('gives each kind a text colour of its own hue with a contrast of at least 4.5:1 on white', () => {
    for (const kind of Object.keys(KIND_COLORS) as (keyof typeof KIND_COLORS)[]) {
      const text = kindTextColor(kind);
      expect(wcagContrast(text, '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(d3.hcl(text).l).toBeLessThanOrEqual(d3.hcl(kindColor(kind)).l + 1e-9);
      expect(Math.abs(d3.hcl(text).h - d3.hcl(kindColor(kind)).h)).toBeLessThan(25); // the same hue, darker
    }
    expect(wcagContrast(KIND_COLORS.none, '#ffffff')).toBeLessThan(4.5); // vermillion itself is too light for text
  });

  it('ramps the layers of a net from dark to light, from the colour it is given', () => {
    const l = [0, 1, 2].map((i) => d3.lab(layerColor(kindColor('bn'), i, 3)).l);
    expect(l[0]).toBeLessThan(l[1]);
    expect(l[1]).toBeLessThan(l[2]);
    expect(d3.lab(layerColor(kindColor('bn'), 2, 3)).b).toBeLessThan(0); // still blue
  });

  it('draws the first net of a kind solid (train dashed) and later ones dotted or dash-dot with markers', () => {
    expect(dashArray(2)).toBeUndefined();
    expect(dashArray(2, true)).toBe('8 4');
    expect(dashArray(2, false, 1)).toBe('2 3');
    expect(dashArray(2, false, 2)?.split(' ')).toHaveLength(4);
    expect(variantSymbol(0, 6)).toBeNull();
    expect(variantSymbol(1, 6)).not.toBe(variantSymbol(2, 6));
  });
});
