import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ComparisonView } from '../../src/panels/comparison-view.tsx';
import type { RunConfig } from '../../src/protocol/config.ts';
import { DEFAULT_CONFIG } from '../../src/store/default-config.ts';
import { labWith, renderWith } from './lab-fixture.tsx';

const ROWS = ['Scale invariance (§3.3)', 'Train vs inference (§3.1)', 'BN as a regularizer (§3.4)'];

const TWO_PLAIN: RunConfig = {
  ...DEFAULT_CONFIG,
  hidden: [6, 6, 6],
  nets: [
    { name: 'slow', norm: 'none', lr: 1 },
    { name: 'fast', norm: 'none', lr: 10 },
  ],
};

function measurements(): HTMLDetailsElement {
  const details = screen.getByText('Measurements').closest('details');
  if (!details) throw new Error('no Measurements details');
  return details;
}

describe('the measurement rows', () => {
  it('sit under a collapsed Measurements in a run that is none of their scenes', () => {
    renderWith(<ComparisonView />, labWith());
    expect(measurements().open).toBe(false);
    for (const name of ROWS) expect(within(measurements()).getByRole('region', { name })).toBeInTheDocument();
  });

  it('move the loaded scene’s row among the charts and keep the others under Measurements', () => {
    renderWith(<ComparisonView />, labWith({ initial: { presetName: 'inference' } }));
    expect(screen.getAllByRole('region', { name: ROWS[1] })).toHaveLength(1);
    expect(within(measurements()).queryByRole('region', { name: ROWS[1] })).toBeNull();
    expect(within(measurements()).getByRole('region', { name: ROWS[0] })).toBeInTheDocument();
    expect(within(measurements()).getByRole('region', { name: ROWS[2] })).toBeInTheDocument();
  });

  it('explain what to look for with the nets on screen: no BN hint without a BN net', () => {
    renderWith(<ComparisonView />, labWith({ initial: { config: TWO_PLAIN, presetName: 'scale-invariance' } }));
    const row = screen.getByRole('region', { name: ROWS[0] });
    expect(within(row).getByText(/Without normalisation both change with a/)).toBeInTheDocument();
    expect(within(measurements()).queryByText(/BN net/)).toBeNull();
  });
});
