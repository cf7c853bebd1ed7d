import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { parseUrlState } from '../../src/store/url-state.ts';
import { labWith, netStatus, runStatus } from './lab-fixture.tsx';

const NETS = [netStatus('plain', false), netStatus('bn', true)];

describe('opening a link that replays a run', () => {
  it('shows the replay’s progress, then pauses at the link’s step with the timeline at the link’s probe', () => {
    const lab = labWith({ initial: { stop: { step: 2000, scrub: 200 } } });
    render(<App store={lab.store} />);
    const receive = (step: number, running: boolean) =>
      act(() => lab.store.getState().receive({ type: 'status', status: runStatus(step, NETS, running) }));
    receive(1200, true);
    expect(screen.getByRole('status', { name: 'Replay' })).toHaveTextContent('Replaying the shared run: 1,200 / 2,000');
    expect(screen.getByRole('progressbar', { name: 'Replay progress' })).toHaveAttribute('value', '1200');
    receive(2000, false);
    expect(screen.queryByRole('status', { name: 'Replay' })).not.toBeInTheDocument();
    expect(screen.getByText('frozen at step 200')).toBeInTheDocument();
  });

  it('opens with the link’s view: its layer, its switches and its panels', () => {
    const { view } = parseUrlState('?h=6,6,6&layer=1&draw=overlay&bnacc=1&settings=0&lesson=0&scene=fig1');
    render(<App store={labWith({ initial: { view, presetName: 'fig1' } }).store} />);
    expect(screen.getByRole('button', { name: 'L1, hidden layer 1' })).toHaveAttribute('aria-pressed', 'true');
    for (const overlay of screen.getAllByRole('button', { name: 'Overlay' }))
      expect(overlay).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('checkbox', { name: 'BN accuracy with population / batch statistics' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Settings ›' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('button', { name: /Lesson/ })).toHaveAttribute('aria-expanded', 'false');
  });
});
