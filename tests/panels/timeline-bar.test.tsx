import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ComparisonView } from '../../src/panels/comparison-view.tsx';
import { TimelineBar } from '../../src/panels/timeline-bar.tsx';
import { labWith, netStatus, probeRecord, renderWith, runStatus } from './lab-fixture.tsx';

function page() {
  return (
    <>
      <ComparisonView />
      <TimelineBar />
    </>
  );
}

const accuracy = (net: string) => screen.getByRole('status', { name: `${net} test accuracy` });

describe('TimelineBar', () => {
  it('follows training live at first, on the newest probe', () => {
    renderWith(page(), labWith());
    const slider = screen.getByRole('slider', { name: 'Timeline: probe shown' });
    expect(slider).toHaveAttribute('aria-valuenow', '300');
    expect(slider).toHaveAttribute('aria-valuetext', 'step 300 (live)');
    expect(screen.getByText('live · 4 probes')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Live' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('moving back freezes every read-out and chart at that probe; Live returns', async () => {
    const { container, store } = renderWith(page(), labWith());
    const slider = screen.getByRole('slider', { name: 'Timeline: probe shown' });
    slider.focus();
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(store.getState().scrubStep).toBe(100);
    expect(screen.getByText('frozen at step 100')).toBeInTheDocument();
    expect(accuracy('plain')).toHaveTextContent('test acc 20.0 % at step 100');
    expect(accuracy('plain')).toHaveTextContent('test acc 20.0 %');
    expect(accuracy('bn')).toHaveTextContent('test acc 35.0 %');
    expect(screen.getByRole('table', { name: 'bn: saturation and mean σ′ per layer at step 100' })).toBeInTheDocument();
    expect(container.querySelectorAll('[data-marker="step"]').length).toBeGreaterThanOrEqual(8);
    expect(container.querySelectorAll('path[data-probe="100"][data-highlight]')).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Live' }));
    expect(store.getState().scrubStep).toBeNull();
    expect(accuracy('bn')).toHaveTextContent('test acc 85.0 %');
    expect(container.querySelectorAll('[data-marker="step"]')).toHaveLength(0);
  });

  it('Home goes to step 0, and the arrow keys there do not also step training', async () => {
    const { port } = renderWith(page(), labWith());
    screen.getByRole('slider', { name: 'Timeline: probe shown' }).focus();
    await userEvent.keyboard('{Home}{ArrowRight}');
    expect(accuracy('plain')).toHaveTextContent('test acc 20.0 %');
    expect(port.sent).toEqual([]);
  });

  it('marks a diverged net with ✕ on the track', () => {
    const nets = [netStatus('plain', false, { step: 200, reason: 'loss became NaN' }), netStatus('bn', true)];
    const { container } = renderWith(page(), labWith({ nets }));
    expect(container.querySelector('footer [data-diverged="plain"]')).toHaveTextContent('✕');
  });

  it('keeps the frozen step while new probes arrive', () => {
    const lab = labWith({ steps: [0, 100] });
    renderWith(page(), lab);
    act(() => lab.store.getState().setScrubStep(0));
    const probes = { plain: [probeRecord(200, false)], bn: [probeRecord(200, true)] };
    act(() => lab.store.getState().receive({ type: 'probes', probes, status: runStatus(200) }));
    expect(screen.getByRole('slider', { name: 'Timeline: probe shown' })).toHaveAttribute('aria-valuemax', '200');
    expect(screen.getByText('frozen at step 0')).toBeInTheDocument();
    expect(accuracy('bn')).toHaveTextContent('test acc 10.0 %');
  });
});
