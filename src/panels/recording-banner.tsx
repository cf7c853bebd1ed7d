/**
 * "Showing a recording: …" with Continue training and Back to my run, while a saved or precomputed run is on screen;
 * during Continue training's replay, its progress and a way to stop it.
 */

import { useState } from 'react';
import { formatStep } from '../charts/format.ts';
import type { KernelBackend } from '../protocol/history.ts';
import type { Recording } from '../store/lab-state.ts';
import { isRunOf, presetOfConfig, recordedStep } from '../store/recorded-run.ts';
import { liveRun } from '../store/recording-slice.ts';
import { useLab, useLabStore } from '../store/use-lab.ts';
import { saveRunAsJson } from './download-file.ts';
import { DATASETS } from './network-settings.tsx';
import { presetLabel } from './scene-select.tsx';

const KERNELS: Readonly<Record<KernelBackend, string>> = { wasm: 'WebAssembly', ts: 'TypeScript' };

/** "Figure 1: MNIST 3 × 100 sigmoid, 50,000 steps, 2 nets"; a scene's run by the scene it was opened as. */
function summary({ history }: Recording, presetName: string): string {
  const { config } = history;
  const preset = isRunOf(config, presetName) ? presetName : presetOfConfig(config);
  const widths = new Set(config.hidden);
  const shape = widths.size === 1 ? `${config.hidden.length} × ${config.hidden[0]}` : config.hidden.join('-');
  const dataset = DATASETS.find((d) => d.value === config.dataset)?.label ?? config.dataset;
  const what = preset ? presetLabel(preset) : `${dataset}, ${shape} ${config.activation}`;
  const step = recordedStep(history);
  const length =
    step >= config.steps ? `${formatStep(step)} steps` : `${formatStep(step)} of ${formatStep(config.steps)} steps`;
  const nets = config.nets.length;
  return `${what}, ${length}, ${nets} ${nets === 1 ? 'net' : 'nets'}`;
}

/** Said when the page's kernels are not the recording's: a replay then differs in the last digits. */
function kernelNote({ history, live }: Recording): string | null {
  if (live.backend === null || live.backend === history.backend) return null;
  return `It was recorded with the ${KERNELS[history.backend]} kernels and this browser runs the ${KERNELS[live.backend]} ones, so Continue training gives numbers that differ in the last digits.`;
}

function Replaying({ recording }: { readonly recording: Recording & { replay: NonNullable<Recording['replay']> } }) {
  const leave = useLab((s) => s.leaveRecording);
  const { replay, live, history } = recording;
  const done = replay.started ? Math.min(live.status.step, replay.to) : 0;
  const then = replay.to >= history.config.steps ? 'the run ends there' : 'then training goes on from there';
  return (
    <>
      <p role="status">
        Replaying the recording: {formatStep(done)} / {formatStep(replay.to)} — {then}.
      </p>
      <progress max={replay.to} value={done} aria-label="Replay progress" />
      <button type="button" onClick={leave} title="Stop the replay and show the run where it got to">
        Stop replaying
      </button>
    </>
  );
}

/**
 * Continue training rebuilds the worker's nets, so where the run waiting aside has trained, it asks first and offers
 * to save that run as a file (nothing the user made is lost without their say).
 */
function ContinueTraining({ recording }: { readonly recording: Recording }) {
  const [asking, setAsking] = useState(false);
  const carryOn = useLab((s) => s.continueRecording);
  const store = useLabStore();
  const trained = recording.live.status.step;
  if (!asking)
    return (
      <button
        type="button"
        className="button--primary"
        onClick={() => (trained > 0 ? setAsking(true) : carryOn())}
        title="Replay it from step 0 with its config and seeds, then train on from its last step"
      >
        Continue training
      </button>
    );
  return (
    <span role="group" aria-label="Replace your run?" className="banner__confirm">
      <span>Continue training replaces your run, which is at step {formatStep(trained)}.</span>
      <button type="button" onClick={() => saveRunAsJson(liveRun(store.getState()))}>
        Save my run first (JSON)
      </button>
      <button type="button" className="button--primary" onClick={carryOn}>
        Replace it
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}

export function RecordingBanner() {
  const recording = useLab((s) => s.recording);
  const leave = useLab((s) => s.leaveRecording);
  const presetName = useLab((s) => s.presetName);
  if (!recording) return null;
  const note = kernelNote(recording);
  return (
    <section className="banner banner--recording" aria-label="Recording">
      {recording.replay ? (
        <Replaying recording={{ ...recording, replay: recording.replay }} />
      ) : (
        <>
          <p>
            Showing a recording: {summary(recording, presetName)} ({recording.name}).
            {note ? ` ${note}` : null}
          </p>
          <ContinueTraining recording={recording} />
          <button type="button" onClick={leave} title="Your run, as you left it">
            Back to my run
          </button>
        </>
      )}
    </section>
  );
}
