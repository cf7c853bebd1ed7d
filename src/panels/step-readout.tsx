/** "step 12,500 / 50,000 · 350 steps/s": where training is, and how fast it goes. */

import * as d3 from 'd3';
import { formatStep } from '../charts/format.ts';
import { useLab } from '../store/use-lab.ts';

const rate = d3.format(',.0f');

export function StepReadout() {
  const step = useLab((s) => s.status.step);
  const total = useLab((s) => s.config.steps);
  const perSecond = useLab((s) => s.status.stepsPerSecond);
  const running = useLab((s) => s.status.running);
  const finished = useLab((s) => s.status.finished);
  const speed = finished
    ? 'finished'
    : running && perSecond > 0
      ? `${rate(perSecond)} steps/s`
      : running
        ? '…'
        : 'paused';
  return (
    <span className="step-readout" role="status" aria-live="off" aria-label="Training step">
      step {formatStep(step)} / {formatStep(total)}
      <span className="step-readout__rate"> · {speed}</span>
    </span>
  );
}
