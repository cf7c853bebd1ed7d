import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ComparisonView } from '../../src/panels/comparison-view.tsx';
import type { ActivationName, RunConfig } from '../../src/protocol/config.ts';
import { DEFAULT_CONFIG } from '../../src/store/default-config.ts';
import { labWith, renderWith } from './lab-fixture.tsx';

const withActivation = (activation: ActivationName): RunConfig => ({
  ...DEFAULT_CONFIG,
  hidden: [6, 6, 6],
  activation,
});
const chart = (name: string | RegExp) => screen.getByRole('img', { name });

describe('the text follows the activation', () => {
  it('calls ReLU units dead, not saturated, and their derivative ReLU′', () => {
    renderWith(<ComparisonView />, labWith({ initial: { config: withActivation('relu') } }));
    expect(screen.getByRole('region', { name: 'Dead units per layer over time' })).toBeInTheDocument();
    const dead = chart('plain: dead share per layer');
    expect(within(dead).getByText('dead (%)')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'plain: dead units and mean ReLU′ per layer at step 300' });
    expect(within(table).getByRole('columnheader', { name: 'mean ReLU′' })).toBeInTheDocument();
    expect(screen.getByText(/a dead unit outputs 0/)).toBeInTheDocument();
    expect(chart('plain: layer 3 ReLU input over time')).toBeInTheDocument();
    expect(
      within(chart('plain: 15th, 50th and 85th percentiles of unit 1 of layer 3')).getByText('ReLU input'),
    ).toBeInTheDocument();
    expect(screen.getByText(/when ReLUs die/)).toBeInTheDocument();
    expect(screen.getByText('BN before every ReLU · lr 1')).toBeInTheDocument();
    expect(screen.queryByText(/sigmoid|σ′/)).not.toBeInTheDocument();
  });

  it('names tanh and tanh′ for a tanh net', () => {
    renderWith(<ComparisonView />, labWith({ initial: { config: withActivation('tanh') } }));
    expect(
      screen.getByRole('table', { name: 'bn: saturation and mean tanh′ per layer at step 300' }),
    ).toBeInTheDocument();
    expect(
      within(chart('bn: 15th, 50th and 85th percentiles of unit 1 of layer 3')).getByText('tanh input'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Share of tanh inputs in the grey zones, where tanh′/)).toBeInTheDocument();
    expect(screen.queryByText(/sigmoid|σ′/)).not.toBeInTheDocument();
  });

  it('draws no saturated zones or activation curve over the raw x·Wᵀ of a BN net', async () => {
    renderWith(<ComparisonView />, labWith());
    await userEvent.click(screen.getByRole('button', { name: 'raw x·Wᵀ' }));
    const raw = chart('bn: layer 3 raw x·Wᵀ over time');
    expect(raw.querySelector('[data-zone]')).toBeNull();
    expect(raw.querySelector('[data-curve]')).toBeNull();
    const plain = chart('plain: layer 3 sigmoid input over time');
    expect(plain.querySelectorAll('[data-zone="saturated"]')).toHaveLength(2);
  });
});
