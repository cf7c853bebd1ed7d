// tests run with environment jsdom and setup tests/setup-dom.ts already configured for the 'dom' project
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DigitStrip, digitPaths, type NetPredictions } from '../../src/charts/digit-strip.tsx';
import * as d3 from 'd3';
import { contrastRatio } from '../../src/charts/contrast.ts';
import { kindColor } from '../../src/charts/theme.ts';
import type { SampleStrip } from '../../src/protocol/messages.ts';

// two 3×3 "digits": a vertical bar (a 1) and a ring (a 0)
const strip: SampleStrip = {
  pixels: Uint8Array.of(0, 255, 0, 0, 255, 0, 0, 128, 0, 255, 255, 255, 255, 0, 255, 255, 255, 255),
  labels: Uint8Array.of(1, 0),
  count: 2,
  side: 3,
};

const nets: NetPredictions[] = [
  { name: 'plain', color: '#D55E00', predictions: Uint8Array.of(1, 6) },
  { name: 'bn', color: '#0072B2', predictions: Uint8Array.of(1, 0) },
];

describe('DigitStrip', () => {
  it('names each digit with every net’s prediction and marks the wrong one', () => {
    render(<DigitStrip strip={strip} nets={nets} />);
    expect(screen.getByRole('img', { name: 'digit 1: plain predicts 1, bn predicts 1' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'digit 0: plain predicts 6 (wrong), bn predicts 0' })).toBeInTheDocument();
  });

  it('shows a wrong prediction with a ✕ in the net’s hue, dark enough for text, and a right one plainly', () => {
    const { container } = render(<DigitStrip strip={strip} nets={nets} />);
    const wrong = container.querySelectorAll('[data-wrong]');
    expect(wrong).toHaveLength(1);
    expect(wrong[0]).toHaveTextContent('✕6');
    const { color, backgroundColor } = getComputedStyle(wrong[0]);
    expect(contrastRatio(color, backgroundColor)).toBeGreaterThanOrEqual(4.5);
    // vermillion's hue for the text, darker than the line colour; a light wash of it behind
    const line = d3.hcl(kindColor('none'));
    expect(Math.abs(d3.hcl(color).h - line.h)).toBeLessThan(6);
    expect(d3.hcl(color).l).toBeLessThan(line.l);
    expect(d3.hcl(backgroundColor).l).toBeGreaterThan(line.l);
    expect(container.querySelectorAll('[data-prediction="bn"]:not([data-wrong])')).toHaveLength(2);
  });

  it('draws only the inked pixels, one path per ink level', () => {
    const paths = digitPaths(strip.pixels, 0, 3);
    expect(paths.join('').match(/M/g)).toHaveLength(3);
    expect(paths.filter((p) => p !== '')).toHaveLength(2); // full ink and half ink
  });

  it('sums the strip up for a screen reader: how many digits each net gets right', () => {
    render(<DigitStrip strip={strip} nets={nets} />);
    expect(screen.getByRole('figure', { name: 'Test digits and predictions' })).toHaveAccessibleDescription(
      '2 test digits. plain gets 1 of 2 right, bn gets 2 of 2 right.',
    );
  });

  it('shows at most max digits', () => {
    render(<DigitStrip strip={strip} nets={nets} max={1} />);
    expect(screen.getAllByRole('img')).toHaveLength(1);
  });

  it('says a net has no prediction yet before the first probe', () => {
    render(<DigitStrip strip={strip} nets={[{ name: 'plain', color: '#D55E00', predictions: null }]} />);
    expect(screen.getByRole('img', { name: 'digit 1: plain has no prediction yet' })).toBeInTheDocument();
  });

  it('shows a short note instead of images for a synthetic data set', () => {
    render(
      <DigitStrip strip={{ pixels: new Uint8Array(0), labels: Uint8Array.of(0, 1), count: 2, side: 0 }} nets={nets} />,
    );
    expect(screen.queryAllByRole('img')).toHaveLength(0);
    expect(screen.getByRole('note')).toHaveTextContent(/not made of images/);
  });
});
