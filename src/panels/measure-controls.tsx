/** What every measurement row shares: its Measure button, why it cannot measure yet, the step it measured at. */

import { formatStep } from '../charts/format.ts';
import type { Measurement } from '../protocol/measurements.ts';
import { useLab } from '../store/use-lab.ts';
import type { Side } from './use-sides.ts';

type Kind = Measurement['kind'];

interface MeasureState {
  /** asked for and not answered yet */
  readonly busy: boolean;
  /** why it cannot measure now; null when it can */
  readonly blocked: string | null;
}

/** The scale probe reruns the last training batch, so it needs one step done. */
function blockedReason(ready: boolean, step: number, kind: Kind): string | null {
  if (!ready) return 'The nets are being built.';
  if (kind === 'scale' && step === 0) return 'Take a step first: this uses the last training batch.';
  return null;
}

export function useMeasureState(kind: Kind): MeasureState {
  const busy = useLab((s) => s.measuring.includes(kind));
  const blocked = useLab((s) => blockedReason(s.ready, s.status.step, kind));
  return { busy, blocked };
}

export interface MeasureButtonProps extends MeasureState {
  readonly onMeasure: () => void;
}

export function MeasureButton({ busy, blocked, onMeasure }: MeasureButtonProps) {
  return (
    <>
      {blocked && !busy ? <span className="measure__why">{blocked}</span> : null}
      <button type="button" className="button--primary" disabled={busy || blocked !== null} onClick={onMeasure}>
        {busy ? 'Measuring…' : 'Measure'}
      </button>
    </>
  );
}

export interface MeasuredAtProps {
  /** null before the first measurement */
  readonly step: number | null;
  /** what was measured, e.g. "layer 3" */
  readonly subject?: string;
  /** why the result is out of date other than the run moving on, e.g. another layer picked */
  readonly stale?: string | null;
}

/** "Measured at step N", with "measure again to update" once the run has moved on; a live region. */
export function MeasuredAt({ step, subject, stale }: MeasuredAtProps) {
  const movedOn = useLab((s) => step !== null && s.status.step !== step);
  const again = stale ?? (movedOn ? 'measure again to update' : null);
  const what = subject ? ` ${subject}` : '';
  return (
    <p className="measure__at" role="status">
      {step === null
        ? 'Not measured yet.'
        : `Measured${what} at step ${formatStep(step)}${again ? ` — ${again}` : '.'}`}
    </p>
  );
}

export interface NetSummary {
  readonly side: Side;
  readonly text: string;
}

/** One sentence per net, in its text colour: what its chart shows, for every reader. */
export function NetSummaries({ label, items }: { readonly label: string; readonly items: readonly NetSummary[] }) {
  return (
    <ul className="measure__summary" aria-label={label}>
      {items.map(({ side, text }) => (
        <li key={side.index}>
          <strong style={{ color: side.textColor }}>{side.name}</strong>: {text}
        </li>
      ))}
    </ul>
  );
}
