/** ▶ Play / ⏸ Pause, ⏭ Step and ↺ Reset; Play keeps its word on narrow screens, the others may show only icons. */

import { useLab } from '../store/use-lab.ts';
import { Icon } from './icon.tsx';

export function TransportControls() {
  const running = useLab((s) => s.status.running);
  const finished = useLab((s) => s.status.finished);
  const togglePlay = useLab((s) => s.togglePlay);
  const step = useLab((s) => s.step);
  const reset = useLab((s) => s.reset);
  return (
    <div className="transport" role="group" aria-label="Training">
      <button
        type="button"
        className="button--primary"
        onClick={togglePlay}
        disabled={finished && !running}
        aria-keyshortcuts="Space"
      >
        <Icon name={running ? 'pause' : 'play'} />
        {running ? 'Pause' : 'Play'}
      </button>
      <button
        type="button"
        onClick={() => step()}
        disabled={finished}
        aria-keyshortcuts="ArrowRight"
        title="One training step (→)"
      >
        <Icon name="step" />
        <span className="top-bar__label">Step</span>
      </button>
      <button type="button" onClick={reset} aria-keyshortcuts="R" title="Reset to the initial weights (R)">
        <Icon name="reset" />
        <span className="top-bar__label">Reset</span>
      </button>
    </div>
  );
}
