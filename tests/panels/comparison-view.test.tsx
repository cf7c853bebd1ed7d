import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ComparisonView } from '../../src/panels/comparison-view.tsx';
import { labWith, netStatus, probeRecord, renderWith, runStatus, STEPS, ticks } from './lab-fixture.tsx';

const region = (name: string | RegExp) => screen.getByRole('region', { name });
const chart = (name: string | RegExp) => screen.getByRole('img', { name });

describe('ComparisonView', () => {
  it('heads each side with its net name, learning rate and test accuracy at the newest probe', () => {
    renderWith(<ComparisonView />, labWith());
    expect(screen.getByRole('heading', { name: 'plain' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'bn' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'plain test accuracy' })).toHaveTextContent('test acc 40.0 %');
    expect(screen.getByRole('status', { name: 'bn test accuracy' })).toHaveTextContent('test acc 85.0 %');
    expect(screen.getByText('no normalisation · lr 1')).toBeInTheDocument();
    expect(screen.getByText('BN before every sigmoid · lr 1')).toBeInTheDocument();
  });

  it('draws test and train loss of both nets on one chart, and both accuracies on another', () => {
    const { container } = renderWith(<ComparisonView />, labWith());
    const loss = chart('Loss of every net: test (solid) and train (dashed)');
    expect(within(loss).getByText('cross-entropy')).toBeInTheDocument();
    expect(within(loss).getAllByText('step').length).toBeGreaterThan(0);
    const lossPaths = [...loss.querySelectorAll('path[data-series]')];
    expect(lossPaths.map((p) => p.getAttribute('data-series'))).toEqual([
      'plain-test',
      'plain-train',
      'bn-test',
      'bn-train',
    ]);
    expect(loss.querySelector('path[data-series="bn-train"]')).toHaveAttribute('stroke-dasharray');
    const accuracy = chart('Test accuracy of every net');
    expect(accuracy.querySelectorAll('path[data-series]')).toHaveLength(2);
    expect(ticks(accuracy, 'y')).toEqual(['0', '20', '40', '60', '80', '100']);
    expect(container.querySelectorAll('ul[aria-label="legend"]').length).toBeGreaterThanOrEqual(2);
  });

  it('caps the loss axis at twice the starting test loss, so one net blowing up does not flatten the other', () => {
    const lab = labWith();
    renderWith(<ComparisonView />, lab);
    const blownUp = { ...probeRecord(400, false), testLoss: 500, trainLoss: 480 };
    act(() =>
      lab.store.getState().receive({
        type: 'probes',
        probes: { plain: [blownUp], bn: [probeRecord(400, true)] },
        status: runStatus(400),
      }),
    );
    const yTicks = ticks(chart('Loss of every net: test (solid) and train (dashed)'), 'y').map(Number);
    expect(Math.max(...yTicks)).toBeLessThanOrEqual(5);
    expect(Math.max(...yTicks)).toBeGreaterThanOrEqual(4);
  });

  it('adds the BN net’s population and batch-statistics accuracies on request', async () => {
    renderWith(<ComparisonView />, labWith());
    await userEvent.click(screen.getByLabelText('BN accuracy with population / batch statistics'));
    const series = [...chart('Test accuracy of every net').querySelectorAll('path[data-series]')];
    expect(series.map((p) => p.getAttribute('data-series'))).toEqual(['plain', 'bn', 'bn-population', 'bn-batch']);
  });

  it('draws one ridge per probe for the selected layer on each side, with the sigmoid zones and end bins', () => {
    renderWith(<ComparisonView />, labWith());
    for (const net of ['plain', 'bn']) {
      const ridges = chart(`${net}: layer 3 sigmoid input over time`);
      expect(ridges.querySelectorAll('path[data-probe]')).toHaveLength(STEPS.length);
      expect(ticks(ridges, 'x')[0]).toBe('≤ −8');
      expect(within(ridges).getAllByText('saturated')).toHaveLength(2);
    }
  });

  it('switches layer, overlay mode and the BN net’s raw x·Wᵀ view', async () => {
    renderWith(<ComparisonView />, labWith());
    await userEvent.click(screen.getByRole('button', { name: 'L1, hidden layer 1' }));
    expect(region('Distributions over time · layer 1')).toBeInTheDocument();
    expect(chart('plain: layer 1 sigmoid input over time')).toBeInTheDocument();
    expect(region('Figure 1(b,c) · unit 1 of layer 1')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Overlay' }));
    const overlaid = chart('plain: layer 1 sigmoid input over time');
    expect(within(overlaid).getByText('density')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'raw x·Wᵀ' }));
    expect(chart('bn: layer 1 raw x·Wᵀ over time')).toBeInTheDocument();
    expect(chart('plain: layer 1 sigmoid input over time')).toBeInTheDocument();
  });

  it('gives both sides’ percentile charts the same y ticks, with a band and a median each', () => {
    renderWith(<ComparisonView />, labWith());
    const plain = chart('plain: 15th, 50th and 85th percentiles of unit 1 of layer 3');
    const bn = chart('bn: 15th, 50th and 85th percentiles of unit 1 of layer 3');
    expect(ticks(plain, 'y').length).toBeGreaterThanOrEqual(3);
    expect(ticks(plain, 'y')).toEqual(ticks(bn, 'y'));
    expect(ticks(plain, 'x')).toEqual(ticks(bn, 'x'));
    for (const c of [plain, bn]) {
      expect(c.querySelectorAll('path[data-band]')).toHaveLength(1);
      expect(c.querySelectorAll('path[data-series]')).toHaveLength(1);
    }
  });

  it('follows the unit picker', async () => {
    renderWith(<ComparisonView />, labWith());
    const unit = screen.getByLabelText('Unit');
    await userEvent.clear(unit);
    await userEvent.type(unit, '4{Enter}');
    expect(chart('bn: 15th, 50th and 85th percentiles of unit 4 of layer 3')).toBeInTheDocument();
  });

  it('draws saturation per layer with mean σ′ in a read-out, and gradient norms per layer on shared log axes', () => {
    renderWith(<ComparisonView />, labWith());
    for (const net of ['plain', 'bn']) {
      const saturation = chart(`${net}: saturated share per layer`);
      expect([...saturation.querySelectorAll('path[data-series]')].map((p) => p.getAttribute('data-series'))).toEqual([
        'L1',
        'L2',
        'L3',
      ]);
      const readout = screen.getByRole('table', { name: `${net}: saturation and mean σ′ per layer at step 300` });
      expect(within(readout).getAllByRole('row')).toHaveLength(4);
    }
    const plainLayer3 = within(screen.getByRole('table', { name: /^plain: saturation/ })).getAllByRole('row')[3];
    expect(plainLayer3).toHaveTextContent('L390.0 %0.025');
    const plainGrad = chart('plain: gradient norm of W per layer');
    const bnGrad = chart('bn: gradient norm of W per layer');
    expect(plainGrad.querySelectorAll('path[data-series]')).toHaveLength(3);
    expect(ticks(plainGrad, 'y')).toEqual(ticks(bnGrad, 'y'));
    expect(ticks(plainGrad, 'y')).toContain('10⁻³');
  });

  it('follows the gradient norms with the weight and bias norms of each net', () => {
    renderWith(<ComparisonView />, labWith());
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    const gradients = titles.indexOf('Gradient norms per layer over time');
    expect(titles[gradients + 1]).toBe('Weight and bias norms per layer over time');
    const norms = region('Weight and bias norms per layer over time');
    expect(within(norms).getByRole('img', { name: 'plain: bias norm ‖b‖ per layer' })).toBeInTheDocument();
    expect(within(norms).queryByRole('img', { name: 'bn: bias norm ‖b‖ per layer' })).not.toBeInTheDocument();
    expect(within(norms).getByText(/No hidden bias/)).toBeInTheDocument();
  });

  it('shows γ and β only for the BN side', () => {
    renderWith(<ComparisonView />, labWith());
    const gamma = chart('bn: γ (scale) per layer');
    expect(gamma.querySelectorAll('path[data-series]')).toHaveLength(3);
    expect(gamma.querySelectorAll('path[data-band]')).toHaveLength(3);
    expect(chart('bn: β (shift) per layer')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /^plain: γ/ })).not.toBeInTheDocument();
    expect(screen.getByText('No batch norm in this net, so no γ or β.')).toBeInTheDocument();
  });

  it('leaves out the γ and β row when no side has BN', () => {
    const lab = labWith();
    renderWith(<ComparisonView />, lab);
    act(() => lab.store.getState().toggleBn(1));
    expect(screen.getAllByRole('heading', { name: /^plain/ })).toHaveLength(2);
    expect(screen.queryByRole('region', { name: 'γ and β per BN layer over time' })).not.toBeInTheDocument();
  });

  it('greys out a diverged net with its step and reason while its twin carries on', () => {
    const nets = [netStatus('plain', false, { step: 200, reason: 'loss became NaN' }), netStatus('bn', true)];
    const { container } = renderWith(<ComparisonView />, labWith({ nets }));
    expect(screen.getByRole('alert')).toHaveTextContent('diverged at step 200: loss became NaN');
    const cells = [...container.querySelectorAll('.pair .cell')];
    expect(cells.filter((cell) => cell.classList.contains('is-diverged')).length).toBe(6);
    expect(cells.filter((cell) => !cell.classList.contains('is-diverged')).length).toBe(6 + 2);
    expect(chart('Test accuracy of every net').querySelector('[data-diverged="plain"]')).not.toBeNull();
  });

  it('shows the test digits with both nets’ predictions, wrong ones marked', () => {
    const { container } = renderWith(<ComparisonView />, labWith());
    expect(screen.getByRole('img', { name: 'digit 3: plain predicts 3, bn predicts 3' })).toBeInTheDocument();
    expect(screen.getAllByRole('img', { name: 'digit 1: plain predicts 3 (wrong), bn predicts 1' })).toHaveLength(2);
    expect(container.querySelectorAll('[data-prediction="plain"][data-wrong]')).toHaveLength(3);
    expect(container.querySelectorAll('[data-prediction="bn"][data-wrong]')).toHaveLength(0);
  });

  it('shows empty charts, not an error, before the first probe', () => {
    renderWith(<ComparisonView />, labWith({ steps: [] }));
    expect(screen.getByRole('status', { name: 'plain test accuracy' })).toHaveTextContent('test acc —');
    expect(chart('Test accuracy of every net').querySelectorAll('path[data-series]')).toHaveLength(0);
  });
});
