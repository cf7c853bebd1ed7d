/** The worker's run status, loading and errors, with the transport actions. */

import type { RunStatus } from '../protocol/messages.ts';
import type { LabPort, LabSlice, LinkStop, RunSlice } from './lab-state.ts';
import { refuseWhileRecording } from './while-recording.ts';

const IDLE_STATUS: RunStatus = { step: 0, running: false, finished: false, stepsPerSecond: 0, nets: [] };

/** `stop`: a link's, which the page replays to (step 0 has nothing to replay). */
export function createRunSlice(port: LabPort, notice: string | null, stop: LinkStop | null): LabSlice<RunSlice> {
  return (set, get) => {
    // Play, Pause, Step, Reset and Restart each end a link's replay: the user takes over
    // while a recording is on screen the live run waits paused
    const refused = (): boolean => refuseWhileRecording(get, set);
    const play = (): void => {
      if (refused()) return;
      port.send({ type: 'play' });
      // show Pause at once; the worker's next status confirms
      set((s) => ({
        replay: null,
        ...(s.ready && !s.status.finished ? { status: { ...s.status, running: true } } : {}),
      }));
    };
    const pause = (): void => {
      if (refused()) return;
      port.send({ type: 'pause' });
      set((s) => ({ replay: null, status: { ...s.status, running: false } }));
    };
    return {
      status: IDLE_STATUS,
      ready: false,
      loading: null,
      error: null,
      notice,
      replay: stop !== null && stop.step > 0 ? { ...stop, reached: false } : null,
      play,
      pause,
      togglePlay: () => (get().status.running ? pause() : play()),
      step: (count = 1) => {
        if (refused()) return;
        port.send({ type: 'step', count: Math.max(1, Math.trunc(count)) });
        // stepping pauses the run
        set((s) => ({ replay: null, status: { ...s.status, running: false } }));
      },
      reset: () => {
        if (refused()) return;
        set({ resetPending: true, replay: null });
        port.send({ type: 'reset', config: get().config });
      },
      restartWorker: () => {
        // the worker restarts with the live run's config
        get().leaveRecording();
        set({ error: null, ready: false, loading: null, resetPending: false, status: IDLE_STATUS, replay: null });
        port.restart();
      },
      // a fatal error stays until restartWorker: the worker is gone
      dismissError: () => set((s) => (s.error?.fatal ? {} : { error: null })),
      showNotice: (message) => set({ notice: message }),
      dismissNotice: () => set({ notice: null }),
    };
  };
}
