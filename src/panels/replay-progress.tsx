/** While a link's run replays to where its sender was: how far it has come ("Replaying the shared run: 1,200 / 2,000"). */

import { formatStep } from '../charts/format.ts';
import type { LabState } from '../store/lab-state.ts';
import { useLab } from '../store/use-lab.ts';
import { useStoreText, useStoreWriter } from './use-store-text.ts';

/** "Replaying the shared run: 1,200 / 2,000": by subscription, as the step readout (use-store-text.ts) */
const replayLine = (s: LabState) =>
  `Replaying the shared run: ${formatStep(s.status.step)} / ${formatStep(s.replay?.step ?? 0)}`;

const replayStep = (s: LabState) => s.status.step;
const writeValue = (bar: HTMLProgressElement, step: number) => {
  bar.value = step;
};

export function ReplayProgress() {
  const replay = useLab((s) => s.replay);
  const ready = useLab((s) => s.ready);
  const text = useStoreText(replayLine);
  const bar = useStoreWriter(replayStep, writeValue);
  if (!replay || replay.reached || !ready) return null;
  return (
    <div className="banner banner--replay" role="status" aria-live="off" aria-label="Replay">
      <span ref={text} />
      <progress aria-label="Replay progress" max={replay.step} ref={bar} />
    </div>
  );
}
