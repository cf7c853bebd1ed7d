/**
 * A saved or precomputed run on screen. Its fields take the place of the live run's (RunFields), which wait
 * untouched in `recording.live` while the worker stays paused: the worker's messages go to them. Continue training
 * rebuilds the worker's nets from the recording's config, replays them at full speed to its last step (the
 * recording stays on screen, with the progress) and then trains on live from there.
 */

import type { FromWorker } from '../protocol/messages.ts';
import type { RunConfig } from '../protocol/config.ts';
import { replayConfig } from '../protocol/replay-config.ts';
import { ConfigError, validateConfig } from '../protocol/validate-config.ts';
import { isLrLinked } from './config-edit.ts';
import type { LabPort, LabSlice, LabState, MessageSlice, Recording, RecordingSlice, RunFields } from './lab-state.ts';
import { reduceMessage } from './receive-message.ts';
import { presetOfConfig, recordedRun, recordedStep } from './recorded-run.ts';
import { clampSelection } from './ui-slice.ts';

/** The run fields of a state: every key of RunFields, so the compiler checks the list is whole. */
function runFieldsOf(state: RunFields): RunFields {
  const { config, presetName, lrLinked, resetPending, probes, strip, backend, status, scrubStep, measurements } = state;
  return { config, presetName, lrLinked, resetPending, probes, strip, backend, status, scrubStep, measurements };
}

/** The live run's view of the state: itself, or with the live run's fields back while a recording is shown. */
export function liveRun(state: LabState): LabState {
  return state.recording ? { ...state, ...state.recording.live } : state;
}

/** Two configs whose probe sets start with the same samples, so their digit strips are the same. */
function sameStrip(a: RunConfig, b: RunConfig): boolean {
  return (
    a.dataset === b.dataset && a.inputDim === b.inputDim && a.dataSeed === b.dataSeed && a.probeSize === b.probeSize
  );
}

/** A worker message while a recording is shown: it changes the live run's fields, and the rest as usual. */
function receiveAside(state: LabState, recording: Recording, msg: FromWorker): Partial<LabState> {
  if (msg.type === 'strip') return sameStrip(msg.config, recording.history.config) ? { strip: msg.strip } : {};
  const patch: Record<string, unknown> = { ...reduceMessage({ ...state, ...recording.live }, msg) };
  const live: Record<string, unknown> = { ...recording.live };
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) (key in live ? live : rest)[key] = value;
  const started = recording.replay && {
    ...recording.replay,
    started: recording.replay.started || msg.type === 'ready',
  };
  return { ...rest, recording: { ...recording, live: live as unknown as RunFields, replay: started } };
}

/** The replay has stopped at its step (or its run ended first): the live run takes the screen. */
function replayDone(recording: Recording): boolean {
  const { replay, live } = recording;
  if (replay === null || !replay.started || live.status.running) return false;
  // a replay on other kernels may end before the recording did (every net diverged)
  return live.status.step >= replay.to || live.status.finished;
}

export function createRecordingSlice(port: LabPort): LabSlice<RecordingSlice & MessageSlice> {
  return (set, get) => {
    /** The live run back on screen, the selection clamped to its layers; the scrubber stays where it is. */
    const showLive = (recording: Recording, scrubStep: number | null): void => {
      const { selectedLayer, selectedUnit } = get();
      set({
        ...recording.live,
        scrubStep,
        recording: null,
        ...clampSelection(selectedLayer, selectedUnit, recording.live.config.hidden),
      });
    };

    const finishReplay = (recording: Recording): void => {
      showLive(recording, get().scrubStep);
      const { status } = recording.live;
      if (!status.finished) return get().play();
      set({
        notice: `The recording had reached the end of its run (step ${status.step.toLocaleString('en-US')}), so training stops there. Raise Steps in the settings to train on.`,
      });
    };

    return {
      recording: null,
      openRecording: (history, source) => {
        const state = get();
        const aside = state.recording?.live ?? runFieldsOf(state);
        const live = { ...aside, status: { ...aside.status, running: false } };
        const presetName = source.presetName ?? presetOfConfig(history.config) ?? live.presetName;
        set({
          recording: { name: source.name, history, url: source.url ?? null, live, replay: null },
          ...recordedRun(history, presetName),
          ...clampSelection(state.selectedLayer, state.selectedUnit, history.config.hidden),
        });
        port.send({ type: 'pause' });
        if (state.recording?.replay) port.send({ type: 'set-speed', stepsPerTick: state.speed });
        port.send({ type: 'strip', config: history.config });
      },
      leaveRecording: () => {
        const { recording, speed } = get();
        if (!recording) return;
        if (recording.replay) {
          port.send({ type: 'pause' });
          port.send({ type: 'set-speed', stepsPerTick: speed });
        }
        showLive(recording, recording.live.scrubStep);
      },
      continueRecording: () => {
        const { recording, presetName } = get();
        if (!recording || recording.replay) return;
        const { history } = recording;
        const to = recordedStep(history);
        const changes = Object.fromEntries(Object.entries(history.nets).map(([name, net]) => [name, net.lrChanges]));
        let config: RunConfig;
        try {
          config = validateConfig(replayConfig(history.config, changes, to));
        } catch (error) {
          if (!(error instanceof ConfigError)) throw error;
          set({ notice: `Cannot continue this recording: ${error.message}.` });
          return;
        }
        const live = {
          ...recording.live,
          config,
          presetName,
          lrLinked: isLrLinked(config),
          resetPending: true,
          scrubStep: null,
          measurements: {},
        };
        set({ recording: { ...recording, live, replay: { to, started: false } } });
        port.send({ type: 'reset', config });
        port.send({ type: 'play-until', step: to });
      },
      receive: (msg) => {
        const { recording } = get();
        if (!recording) return set((state) => reduceMessage(state, msg));
        set((state) => receiveAside(state, recording, msg));
        const next = get().recording;
        if (next && replayDone(next)) finishReplay(next);
      },
    };
  };
}
