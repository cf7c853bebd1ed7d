import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SweepRow } from '../../src/panels/sweep-row.tsx';
import { fakeSweepPort, type FakeSweepPort } from '../store/fake-sweep-workers.ts';
import { captureDownloads } from './downloads.ts';
import { labWith, renderWith } from './lab-fixture.tsx';

function renderSweep(sweep: FakeSweepPort = fakeSweepPort()) {
  return { ...renderWith(<SweepRow />, labWith({ sweep })), sweep };
}

const row = () => screen.getByRole('region', { name: 'Learning-rate sweep' });

/** Types a value into a number field and commits it, as Enter does. */
async function setNumber(label: string, value: string) {
  const field = within(row()).getByRole('spinbutton', { name: label });
  await userEvent.clear(field);
  await userEvent.type(field, `${value}{Enter}`);
}

/** A sweep of the lab's two kinds at 3 rates from 0.1 to 10, 100 steps a run. */
async function startSmallSweep() {
  await setNumber('Lowest rate', '0.1');
  await setNumber('Highest rate', '10');
  await setNumber('Rates', '3');
  await setNumber('Steps per run', '100');
  await userEvent.click(within(row()).getByRole('button', { name: 'Start sweep' }));
}

describe('the learning-rate sweep row', () => {
  it('offers the lab’s kinds, 9 rates from 0.01 to 100 and 2,000 steps a run', () => {
    renderSweep();
    const kinds = within(row()).getByRole('group', { name: 'Kinds' });
    const checked = within(kinds)
      .getAllByRole('checkbox')
      .filter((box) => (box as HTMLInputElement).checked);
    expect(checked.map((box) => box.closest('label')?.textContent)).toEqual([
      'plain (no normalisation)',
      'BN (Algorithm 1)',
    ]);
    expect(within(row()).getByRole('spinbutton', { name: 'Rates' })).toHaveValue(9);
    expect(within(row()).getByRole('spinbutton', { name: 'Steps per run' })).toHaveValue(2000);
    expect(within(row()).getByRole('button', { name: 'Cancel sweep' })).toBeDisabled();
  });

  it('runs on background workers of its own, shows its progress in runs, and Cancel stops every worker', async () => {
    const { sweep, port } = renderSweep(fakeSweepPort(2));
    await startSmallSweep();
    expect(sweep.started).toHaveLength(2);
    expect(sweep.started.map((w) => w.posted[0].job)).toEqual([
      { index: 0, norm: 'none', lr: 0.1 },
      { index: 1, norm: 'none', lr: expect.closeTo(1, 12) },
    ]);
    expect(sweep.started[0].posted[0]).toMatchObject({ steps: 100, dataUrl: 'data/mnist.bin.gz' });
    const bar = within(row()).getByRole('progressbar', { name: 'Sweep progress' });
    expect(bar).toHaveAttribute('aria-valuetext', '0 / 6 runs');
    act(() => sweep.started[0].progress(50));
    expect(bar).toHaveAttribute('value', '50');
    act(() => sweep.started[1].finish());
    expect(within(row()).getByText('1 / 6 runs')).toHaveAttribute('role', 'status');
    expect(within(row()).getByRole('button', { name: 'Start sweep' })).toBeDisabled();
    await userEvent.click(within(row()).getByRole('button', { name: 'Cancel sweep' }));
    expect(sweep.started.every((w) => w.terminated)).toBe(true);
    expect(within(row()).getByText('Cancelled after 1 of 6 runs.')).toHaveAttribute('role', 'status');
    expect(within(row()).queryByRole('progressbar')).not.toBeInTheDocument();
    // the lab's own worker heard nothing of it
    expect(port.sent).toEqual([]);
  });

  it('plots final accuracy and loss against the rate per kind, stalled runs hollow and diverged ones ✕, and says so', async () => {
    const { sweep } = renderSweep(fakeSweepPort(1));
    await startSmallSweep();
    const worker = sweep.started[0];
    act(() => {
      worker.finish({ finalTestAccuracy: 0.1, finalTestLoss: 2.3, stalled: true });
      worker.finish({ finalTestAccuracy: 0.9, finalTestLoss: 0.3 });
      worker.finish({ finalTestAccuracy: 0.85, finalTestLoss: 0.4 });
      worker.finish({ finalTestAccuracy: 0.7, finalTestLoss: 0.9 });
      worker.finish({ finalTestAccuracy: 0.95, finalTestLoss: 0.15 });
      const diverged = { step: 12, reason: 'loss became NaN' };
      worker.finish({ finalTestAccuracy: NaN, finalTestLoss: NaN, finalTrainLoss: NaN, diverged, steps: 12 });
    });
    expect(within(row()).getByText('Done: 6 runs.')).toHaveAttribute('role', 'status');
    const accuracy = within(row()).getByRole('img', { name: 'Final test accuracy against the learning rate' });
    const loss = within(row()).getByRole('img', { name: 'Final test loss against the learning rate' });
    const summary = accuracy.closest('figure')?.querySelector('[data-chart-summary]');
    expect(summary).toHaveTextContent(
      'Final test accuracy (%) against learning rate (log). plain: 10.0 % at 0.1 to 85.0 % at 10; stalled at 0.1. bn: 70.0 % at 0.1 to 95.0 % at 1; diverged at 10.',
    );
    expect([...accuracy.querySelectorAll('path[data-series]')].map((p) => p.getAttribute('data-series'))).toEqual([
      'plain',
      'bn',
    ]);
    for (const chart of [accuracy, loss]) {
      expect(chart.querySelectorAll('[data-mark="stalled"]')).toHaveLength(1);
      expect(chart.querySelectorAll('[data-mark="diverged"]')).toHaveLength(1);
    }
    expect(within(accuracy).getByText('bn at 10: diverged at step 12: loss became NaN')).toBeInTheDocument();
    const words = within(row()).getByRole('list', { name: 'The sweep, in words' });
    expect(words).toHaveTextContent('plain: best 90.0 % at lr 1 (test loss 0.3); stalled at 0.1');
    expect(words).toHaveTextContent('bn: best 95.0 % at lr 1 (test loss 0.15); diverged at 10');
  });

  it('saves a finished sweep as the CLI’s sweep file, in plan order, once every run is in', async () => {
    const downloads = captureDownloads();
    const { sweep } = renderSweep(fakeSweepPort(1));
    await startSmallSweep();
    const save = within(row()).getByRole('button', { name: 'Save sweep (JSON)' });
    expect(save).toBeDisabled();
    const worker = sweep.started[0];
    const accuracies = [0.1, 0.9, 0.85, 0.7, 0.95, 0.6];
    act(() => accuracies.forEach((finalTestAccuracy) => worker.finish({ finalTestAccuracy })));
    await userEvent.click(save);
    expect(downloads.map((d) => d.fileName)).toEqual(['bn-lab-paper-fig1-sweep.json']);
    const file = JSON.parse(await downloads[0].blob.text());
    expect(file).toMatchObject({ version: 1, sweep: { kinds: ['none', 'bn'], lrMin: 0.1, lrMax: 10, count: 3 } });
    expect(file.results.map((r: { finalTestAccuracy: number }) => r.finalTestAccuracy)).toEqual(accuracies);
    vi.restoreAllMocks();
  });

  it('refuses a highest rate below the lowest, saying so, and starts nothing', async () => {
    const { sweep } = renderSweep();
    await setNumber('Lowest rate', '10');
    await setNumber('Highest rate', '1');
    await userEvent.click(within(row()).getByRole('button', { name: 'Start sweep' }));
    expect(within(row()).getByRole('alert')).toHaveTextContent(
      'the highest rate (1) must not be below the lowest (10)',
    );
    expect(sweep.started).toEqual([]);
  });

  it('cannot start without a kind', async () => {
    renderSweep();
    for (const name of ['plain (no normalisation)', 'BN (Algorithm 1)'])
      await userEvent.click(within(row()).getByRole('checkbox', { name }));
    expect(within(row()).getByRole('button', { name: 'Start sweep' })).toBeDisabled();
  });

  it('says when a run failed, after how many runs', async () => {
    const { sweep } = renderSweep(fakeSweepPort(1));
    await startSmallSweep();
    act(() => sweep.started[0].finish());
    act(() => sweep.busy()[0].fail('out of memory'));
    expect(within(row()).getByText('Stopped after 1 of 6 runs.')).toHaveAttribute('role', 'status');
    expect(within(row()).getByRole('alert')).toHaveTextContent('the run of none at lr 1 failed: out of memory');
  });
});
