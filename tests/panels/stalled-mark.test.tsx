import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SideHeaders } from '../../src/panels/side-headers.tsx';
import { useSides } from '../../src/panels/use-sides.ts';
import type { NetStatus } from '../../src/protocol/messages.ts';
import { labWith, netStatus, renderWith, runStatus } from './lab-fixture.tsx';

function Heads() {
  return <SideHeaders sides={useSides()} />;
}

const stalledPlain = (since: number | null): NetStatus => ({ ...netStatus('plain', false), stalled: since });
const WHY = 'stalled since step 1,200: test accuracy within 2 points of chance for 5 probes';

describe('the stalled mark in the side headers', () => {
  it('marks a net stuck at chance, saying since when and why, and leaves its twin unmarked', () => {
    renderWith(<Heads />, labWith({ nets: [stalledPlain(1200), netStatus('bn', true)] }));
    const mark = screen.getByRole('status', { name: WHY });
    expect(mark).toHaveTextContent('stalled');
    expect(mark).toHaveAttribute('title', WHY);
    expect(screen.getAllByText('stalled')).toHaveLength(1);
  });

  it('shows no mark while every net learns', () => {
    renderWith(<Heads />, labWith({ nets: [stalledPlain(null), netStatus('bn', true)] }));
    expect(screen.queryByText('stalled')).not.toBeInTheDocument();
  });

  it('clears the mark as soon as the net recovers', () => {
    const { store } = renderWith(<Heads />, labWith({ nets: [stalledPlain(1200), netStatus('bn', true)] }));
    expect(screen.getByRole('status', { name: WHY })).toBeInTheDocument();
    act(() =>
      store
        .getState()
        .receive({ type: 'status', status: runStatus(1400, [stalledPlain(null), netStatus('bn', true)]) }),
    );
    expect(screen.queryByRole('status', { name: /^stalled/ })).not.toBeInTheDocument();
  });

  it('says diverged, not stalled, for a net that blew up', () => {
    const diverged = { ...stalledPlain(400), diverged: { step: 700, reason: 'loss became NaN' } };
    renderWith(<Heads />, labWith({ nets: [diverged, netStatus('bn', true)] }));
    expect(screen.getByRole('alert')).toHaveTextContent('diverged at step 700: loss became NaN');
    expect(screen.queryByText('stalled')).not.toBeInTheDocument();
  });
});
