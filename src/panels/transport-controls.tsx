/** ▶ Play / ⏸ Pause, ⏭ Step and ↺ Reset. */

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
      <button type="button" onClick={() => step()} disabled={finished} aria-keyshortcuts="ArrowRight">
        <Icon name="step" />
        Step
      </button>
      <button type="button" onClick={reset} aria-keyshortcuts="R">
        <Icon name="reset" />
        Reset
      </button>
    </div>
  );
}
