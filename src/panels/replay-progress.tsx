/** While a link's run replays to where its sender was: how far it has come ("Replaying the shared run: 1,200 / 2,000"). */

import { formatStep } from '../charts/format.ts';
import { useLab } from '../store/use-lab.ts';

export function ReplayProgress() {
  const replay = useLab((s) => s.replay);
  const ready = useLab((s) => s.ready);
  const step = useLab((s) => s.status.step);
  if (!replay || replay.reached || !ready) return null;
  return (
    <div className="banner banner--replay" role="status" aria-live="off" aria-label="Replay">
      <span>
        Replaying the shared run: {formatStep(step)} / {formatStep(replay.step)}
      </span>
      <progress aria-label="Replay progress" max={replay.step} value={step} />
    </div>
  );
}
