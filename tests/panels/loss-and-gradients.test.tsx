import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ComparisonView } from '../../src/panels/comparison-view.tsx';
import type { ProbeRecord } from '../../src/protocol/history.ts';
import { hoverAt } from '../charts/hover.ts';
import { labWith, probeRecord, renderWith, runStatus, ticks, type Lab } from './lab-fixture.tsx';

const lossChart = () => screen.getByRole('img', { name: 'Loss of every net: test (solid) and train (dashed)' });

/** Feed both nets probes at these steps, the plain one changed by `plain`. */
function feed(lab: Lab, steps: readonly number[], plain: (record: ProbeRecord) => ProbeRecord) {
  act(() =>
    lab.store.getState().receive({
      type: 'probes',
      probes: { plain: steps.map((s) => plain(probeRecord(s, false))), bn: steps.map((s) => probeRecord(s, true)) },
      status: runStatus(steps[steps.length - 1]),
    }),
  );
}

const steps = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + 100 * i);

describe('losses and gradients that leave the usual range', () => {
  it('extends the loss axis to a loss that stays high, so its curve is on the chart', () => {
    const lab = labWith();
    renderWith(<ComparisonView />, lab);
    feed(lab, steps(400, 8), (r) => ({
      ...r,
      testLoss: 5 + (r.step % 400) / 100,
      trainLoss: 6 + (r.step % 300) / 100,
    }));
    const top = Math.max(...ticks(lossChart(), 'y').map(Number));
    expect(top).toBeGreaterThanOrEqual(8);
    expect(lossChart().querySelectorAll('[data-off-chart]')).toHaveLength(0);
  });

  it('pins a brief blow-up to the top edge as ▲ and reads out its value as above the chart', () => {
    const lab = labWith();
    renderWith(<ComparisonView />, lab);
    feed(lab, [400], (r) => ({ ...r, testLoss: 500, trainLoss: 480 }));
    const loss = lossChart();
    expect(Math.max(...ticks(loss, 'y').map(Number))).toBeLessThanOrEqual(5);
    expect(loss.querySelector('[data-off-chart="above"][data-series-of="plain-test"]')).not.toBeNull();
    expect(loss.querySelector('[data-off-chart="above"][data-series-of="plain-train"]')).not.toBeNull();
    expect(screen.getByText(/▲ marks a loss above the chart/)).toBeInTheDocument();
    hoverAt(loss.parentElement as HTMLElement, 0.999);
    expect(within(loss.parentElement as HTMLElement).getByRole('tooltip')).toHaveTextContent(
      'plain test: 500 (▲ above the chart)',
    );
  });

  it('shows zero gradients on a "0" tick of both sides’ log axes, and reads them out as 0', () => {
    const lab = labWith();
    renderWith(<ComparisonView />, lab);
    const dead = (r: ProbeRecord): ProbeRecord => ({
      ...r,
      layers: r.layers.map((layer, l) => (l === 0 ? { ...layer, gradNorm: { ...layer.gradNorm, W: 0 } } : layer)),
    });
    feed(lab, steps(400, 3), dead);
    const plain = screen.getByRole('img', { name: 'plain: gradient norm of W per layer' });
    const bn = screen.getByRole('img', { name: 'bn: gradient norm of W per layer' });
    expect(ticks(plain, 'y')[0]).toBe('0');
    expect(ticks(bn, 'y')).toEqual(ticks(plain, 'y'));
    hoverAt(plain.parentElement as HTMLElement, 0.999);
    expect(within(plain.parentElement as HTMLElement).getByRole('tooltip')).toHaveTextContent('L1: 0');
  });
});
