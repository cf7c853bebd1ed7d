/**
 * "step 12,500 / 50,000 · 350 steps/s": where training is, and how fast it goes; then, quietly, the run's
 * fingerprint, so that a lecturer can check at a glance that every screen in the hall trained to the same numbers,
 * and, in a browser without WebAssembly SIMD, that the TypeScript kernels ran (their numbers differ in the last bits).
 */

import * as d3 from 'd3';
import { useMemo } from 'react';
import { formatStep } from '../charts/format.ts';
import { historyFingerprint } from '../protocol/history-fingerprint.ts';
import type { LabState } from '../store/lab-state.ts';
import { useLab } from '../store/use-lab.ts';
import { useStoreText } from './use-store-text.ts';

const rate = d3.format(',.0f');

const FINGERPRINT_HINT =
  'Fingerprint of every probe’s numbers so far — the same link gives the same fingerprint in every browser';

/** `#9f3a…c21b`, the whole value in its accessible name; nothing before the first probe. */
function RunFingerprint() {
  // not deferred: it must agree with the step beside it (a hall compares the two); a new probe is hashed once, ~5 ms
  const probes = useLab((s) => s.probes);
  const fingerprint = useMemo(
    () => (Object.values(probes).some((records) => records.length > 0) ? historyFingerprint(probes) : null),
    [probes],
  );
  if (fingerprint === null) return null;
  return (
    <span
      className="step-readout__rate step-readout__fingerprint"
      role="status"
      aria-live="off"
      aria-label={`Run fingerprint ${fingerprint}`}
      title={FINGERPRINT_HINT}
    >
      #{fingerprint.slice(0, 4)}…{fingerprint.slice(-4)}
    </span>
  );
}

const FALLBACK_HINT =
  'This browser has no WebAssembly SIMD, so the engine runs on its TypeScript kernels: slower, and with float64 ' +
  'sums instead of float32 ones, so its numbers and fingerprint differ in the last digits from a browser that has it';

/** Nothing on the WebAssembly SIMD kernels (the usual case); a quiet note when the TypeScript fallback runs. */
function FallbackNote() {
  const backend = useLab((s) => s.backend);
  if (backend !== 'ts') return null;
  return (
    <span className="step-readout__rate" role="note" aria-label={FALLBACK_HINT} title={FALLBACK_HINT}>
      {' '}
      · TypeScript kernels
    </span>
  );
}

/** "step 12,500 / 50,000" */
const stepLine = (s: LabState) => `step ${formatStep(s.status.step)} / ${formatStep(s.config.steps)}`;

/** " · 350 steps/s", " · …" while starting, " · paused", " · finished" */
function speedLine(s: LabState): string {
  const { running, finished, stepsPerSecond } = s.status;
  const speed = finished
    ? 'finished'
    : running && stepsPerSecond > 0
      ? `${rate(stepsPerSecond)} steps/s`
      : running
        ? '…'
        : 'paused';
  return ` · ${speed}`;
}

/** The step and speed change with every status message: written by subscription (use-store-text.ts), not rendered. */
export function StepReadout() {
  const step = useStoreText(stepLine);
  const speed = useStoreText(speedLine);
  return (
    <>
      <span className="step-readout" role="status" aria-live="off" aria-label="Training step">
        <span ref={step} />
        <span className="step-readout__rate" ref={speed} />
      </span>
      <RunFingerprint />
      <FallbackNote />
    </>
  );
}
