/**
 * ▶ Play / ⏸ Pause, ⏭ Step and ↺ Reset; Play keeps its word on narrow screens, the others may show only icons.
 * While a recording is on screen they rest, and say why: the banner's Continue training trains from it.
 */

import { useLab } from '../store/use-lab.ts';
import { Icon } from './icon.tsx';

const RECORDING_HINT = 'A recording is on screen: Continue training trains from it, Back to my run returns to yours';

export function TransportControls() {
  const running = useLab((s) => s.status.running);
  const finished = useLab((s) => s.status.finished);
  const togglePlay = useLab((s) => s.togglePlay);
  const step = useLab((s) => s.step);
  const reset = useLab((s) => s.reset);
  const recording = useLab((s) => s.recording !== null);
  const why = recording ? RECORDING_HINT : undefined;
  return (
    <div className="transport" role="group" aria-label="Training">
      <button
        type="button"
        className="button--primary"
        onClick={togglePlay}
        disabled={recording || (finished && !running)}
        aria-keyshortcuts="Space"
        title={why}
      >
        <Icon name={running ? 'pause' : 'play'} />
        {running ? 'Pause' : 'Play'}
      </button>
      <button
        type="button"
        onClick={() => step()}
        disabled={recording || finished}
        aria-keyshortcuts="ArrowRight"
        title={why ?? 'One training step (→)'}
      >
        <Icon name="step" />
        <span className="top-bar__label">Step</span>
      </button>
      <button
        type="button"
        onClick={reset}
        disabled={recording}
        aria-keyshortcuts="R"
        title={why ?? 'Reset to the initial weights (R)'}
      >
        <Icon name="reset" />
        <span className="top-bar__label">Reset</span>
      </button>
    </div>
  );
}
