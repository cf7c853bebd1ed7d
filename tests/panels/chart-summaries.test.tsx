import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ComparisonView } from '../../src/panels/comparison-view.tsx';
import { labWith, renderWith } from './lab-fixture.tsx';

// the fixture: probes at steps 0–300; test accuracy 10 % + 10 points per 100 steps (plain), 25 points (bn)
const NBSP = '\u00a0';

describe('every chart has a name and a text summary', () => {
  it('the accuracy chart says what it shows and both nets’ latest accuracy', () => {
    renderWith(<ComparisonView />, labWith());
    expect(screen.getByRole('img', { name: /test accuracy/i })).toHaveAccessibleDescription(
      `Test accuracy (%) over 300 steps. Latest at step 300: plain 40.0${NBSP}%, bn 85.0${NBSP}%.`,
    );
  });

  it('the summary is text a screen reader can reach, not only an attribute', () => {
    renderWith(<ComparisonView />, labWith());
    // getByText reads the text with its no-break spaces made plain
    expect(
      screen.getByText('Test accuracy (%) over 300 steps. Latest at step 300: plain 40.0 %, bn 85.0 %.'),
    ).toBeInTheDocument();
  });

  it('the summary follows the timeline: frozen at a probe, it gives the values there too', () => {
    const { store } = renderWith(<ComparisonView />, labWith());
    act(() => store.getState().setScrubStep(100));
    expect(screen.getByRole('img', { name: /test accuracy/i })).toHaveAccessibleDescription(
      new RegExp(`At the marked step 100: plain 20\\.0${NBSP}%, bn 35\\.0${NBSP}%\\.`),
    );
  });

  it('the distribution charts give the newest probe’s median and middle 70 %, saying when it piles up at an end', () => {
    renderWith(<ComparisonView />, labWith());
    // BN holds layer 3's inputs centred on 0; the plain net's have drifted down past −7.5, into the end bin
    expect(screen.getByRole('img', { name: 'bn: layer 3 sigmoid input over time' })).toHaveAccessibleDescription(
      /^Histograms of input to sigmoid at 4 probes, over 300 steps\. Newest, at step 300: median −?0(\.\d+)?, middle 70\s% from −[\d.]+ to [\d.]+\.$/,
    );
    expect(screen.getByRole('img', { name: 'plain: layer 3 sigmoid input over time' })).toHaveAccessibleDescription(
      /middle 70\s% from below −7\.5 to −[\d.]+\.$/,
    );
  });

  it('every drawn chart on the page has an accessible name and a summary', () => {
    renderWith(<ComparisonView />, labWith());
    const charts = screen.getAllByRole('img').filter((img) => img.tagName.toLowerCase() === 'svg');
    const summarised = charts.filter((svg) => svg.hasAttribute('aria-describedby'));
    // the digit images are named one by one inside the strip, which has its own summary
    expect(summarised.length).toBeGreaterThanOrEqual(10);
    for (const svg of summarised) {
      expect(svg).toHaveAccessibleName();
      expect(svg).toHaveAccessibleDescription(/\.$/);
    }
    expect(screen.getByRole('figure', { name: "Test digits and each net's prediction" })).toHaveAccessibleDescription(
      '4 test digits. plain gets 1 of 4 right, bn gets 4 of 4 right.',
    );
  });
});
