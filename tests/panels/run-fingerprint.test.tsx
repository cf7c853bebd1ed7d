import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { historyFingerprint } from '../../src/protocol/history-fingerprint.ts';
import { StepReadout } from '../../src/panels/step-readout.tsx';
import { labWith, probeRecord, renderWith, runStatus } from './lab-fixture.tsx';

const fingerprint = () => screen.getByRole('status', { name: /^Run fingerprint/ });

describe('the run fingerprint beside the step read-out', () => {
  it('shows the first and last four hex digits, the whole value in its name, and says what it is for', () => {
    const lab = labWith();
    renderWith(<StepReadout />, lab);
    const full = historyFingerprint(lab.store.getState().probes);
    expect(full).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint()).toHaveAccessibleName(`Run fingerprint ${full}`);
    expect(fingerprint()).toHaveTextContent(`#${full.slice(0, 4)}…${full.slice(12)}`);
    expect(fingerprint()).toHaveAccessibleDescription(/every probe’s numbers.*same fingerprint in every browser/);
    expect(screen.getByRole('status', { name: 'Training step' })).not.toHaveTextContent('#');
  });

  it('changes with the next probe', () => {
    const lab = labWith();
    renderWith(<StepReadout />, lab);
    const before = fingerprint().getAttribute('aria-label');
    act(() =>
      lab.store.getState().receive({
        type: 'probes',
        probes: { plain: [probeRecord(400, false)], bn: [probeRecord(400, true)] },
        status: runStatus(400),
      }),
    );
    expect(fingerprint()).toHaveAccessibleName(`Run fingerprint ${historyFingerprint(lab.store.getState().probes)}`);
    expect(fingerprint().getAttribute('aria-label')).not.toBe(before);
  });

  it('shows nothing before the first probe', () => {
    renderWith(<StepReadout />, labWith({ steps: [] }));
    expect(screen.queryByRole('status', { name: /^Run fingerprint/ })).not.toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Training step' })).toBeInTheDocument();
  });
});

describe('the kernels note beside the step read-out', () => {
  it('says nothing on the WebAssembly SIMD kernels', () => {
    renderWith(<StepReadout />, labWith());
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('says when the TypeScript kernels ran instead, and why the numbers differ', () => {
    const lab = labWith();
    act(() =>
      lab.store.getState().receive({
        type: 'ready',
        config: lab.store.getState().config,
        strip: { pixels: new Uint8Array(0), labels: new Uint8Array(0), count: 0, side: 0 },
        status: runStatus(0),
        backend: 'ts',
      }),
    );
    renderWith(<StepReadout />, lab);
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('TypeScript kernels');
    expect(note).toHaveAccessibleName(/no WebAssembly SIMD.*differ in the last digits/);
  });
});
