import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KIND_COLORS, kindTextColor } from '../../src/charts/theme.ts';
import { ComparisonView } from '../../src/panels/comparison-view.tsx';
import type { RunConfig } from '../../src/protocol/config.ts';
import { DEFAULT_CONFIG } from '../../src/store/default-config.ts';
import { labWith, renderWith } from './lab-fixture.tsx';

/** Two plain nets that differ only in learning rate: one colour, told apart by line pattern and markers. */
const TWO_PLAIN: RunConfig = {
  ...DEFAULT_CONFIG,
  hidden: [6, 6, 6],
  nets: [
    { name: 'slow', norm: 'none', lr: 1 },
    { name: 'fast', norm: 'none', lr: 10 },
  ],
};

const chart = (name: string | RegExp) => screen.getByRole('img', { name });

describe('nets of one kind', () => {
  it('share the kind’s colour, whatever their names', () => {
    renderWith(<ComparisonView />, labWith({ initial: { config: TWO_PLAIN } }));
    const loss = chart('Loss of every net: test (solid) and train (dashed)');
    expect(loss.querySelector('path[data-series="slow-test"]')).toHaveAttribute('stroke', KIND_COLORS.none);
    expect(loss.querySelector('path[data-series="fast-test"]')).toHaveAttribute('stroke', KIND_COLORS.none);
    for (const name of ['slow', 'fast'])
      expect(screen.getByRole('heading', { name })).toHaveStyle({ color: kindTextColor('none') });
  });

  it.each([
    ['bn-fixed', 'sky blue', '#56B4E9', 'BN with γ = 1, β = 0 fixed before every sigmoid · lr 1'],
    ['noisy-bn', 'bluish green', '#009E73', 'BN, then a random scale and shift each step, before every sigmoid · lr 1'],
  ] as const)(
    'take the colour of a newer kind too: %s is %s, its name in a darker shade',
    (norm, _hue, colour, what) => {
      const config: RunConfig = {
        ...TWO_PLAIN,
        nets: [
          { name: 'plain', norm: 'none' },
          { name: 'other', norm },
        ],
      };
      renderWith(<ComparisonView />, labWith({ initial: { config } }));
      const loss = chart('Loss of every net: test (solid) and train (dashed)');
      expect(KIND_COLORS[norm]).toBe(colour);
      expect(loss.querySelector('path[data-series="other-test"]')).toHaveAttribute('stroke', colour);
      expect(screen.getByRole('heading', { name: 'other' })).toHaveStyle({ color: kindTextColor(norm) });
      expect(screen.getByText(what)).toBeInTheDocument();
    },
  );

  it('draw the second net dotted with a marker at every probe, in the charts and in the legend', () => {
    renderWith(<ComparisonView />, labWith({ initial: { config: TWO_PLAIN } }));
    const loss = chart('Loss of every net: test (solid) and train (dashed)');
    expect(loss.querySelector('path[data-series="slow-test"]')).not.toHaveAttribute('stroke-dasharray');
    expect(loss.querySelector('path[data-series="fast-test"]')).toHaveAttribute('stroke-dasharray', '1.5 2.25');
    expect(loss.querySelectorAll('[data-variant-markers="fast-test"] path')).toHaveLength(4);
    expect(loss.querySelector('[data-variant-markers="slow-test"]')).toBeNull();
    const legend = screen.getAllByRole('list', { name: 'legend' })[0];
    const fast = [...legend.querySelectorAll('li')].find((li) => li.textContent === 'fast test');
    expect(fast?.querySelector('[data-swatch-marker]')).not.toBeNull();
    const perLayer = chart('fast: saturated share per layer');
    expect(perLayer.querySelector('path[data-series="L1"]')).toHaveAttribute('stroke-dasharray', '1.5 2.25');
  });

  it('show the pattern next to the net’s name in its header', () => {
    renderWith(<ComparisonView />, labWith({ initial: { config: TWO_PLAIN } }));
    expect(screen.getByRole('heading', { name: 'slow' }).querySelector('[data-swatch-marker]')).toBeNull();
    expect(screen.getByRole('heading', { name: 'fast' }).querySelector('[data-swatch-marker]')).not.toBeNull();
  });

  it('leave out hints that need a BN net when there is none', () => {
    renderWith(<ComparisonView />, labWith({ initial: { config: TWO_PLAIN } }));
    expect(screen.queryByText(/BN net pulling ahead/)).not.toBeInTheDocument();
    expect(screen.queryByText(/with BN/)).not.toBeInTheDocument();
    expect(screen.getByText(/Look for which learning rate pulls ahead/)).toBeInTheDocument();
  });

  it('keep the BN hint when a plain and a BN net are compared', () => {
    renderWith(<ComparisonView />, labWith());
    expect(screen.getByText(/Look for the BN net pulling ahead early/)).toBeInTheDocument();
  });
});
