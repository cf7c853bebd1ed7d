/** The worker's run status, loading and errors, with the transport actions. */

import type { RunStatus } from '../protocol/messages.ts';
import type { LabPort, LabSlice, RunSlice } from './lab-state.ts';

const IDLE_STATUS: RunStatus = { step: 0, running: false, finished: false, stepsPerSecond: 0, nets: [] };

export function createRunSlice(port: LabPort, notice: string | null): LabSlice<RunSlice> {
  return (set, get) => {
    const play = (): void => {
      port.send({ type: 'play' });
      // show Pause at once; the worker's next status confirms
      set((s) => (s.ready && !s.status.finished ? { status: { ...s.status, running: true } } : {}));
    };
    const pause = (): void => {
      port.send({ type: 'pause' });
      set((s) => ({ status: { ...s.status, running: false } }));
    };
    return {
      status: IDLE_STATUS,
      ready: false,
      loading: null,
      error: null,
      notice,
      play,
      pause,
      togglePlay: () => (get().status.running ? pause() : play()),
      step: (count = 1) => {
        port.send({ type: 'step', count: Math.max(1, Math.trunc(count)) });
        // stepping pauses the run
        set((s) => ({ status: { ...s.status, running: false } }));
      },
      reset: () => {
        set({ resetPending: true });
        port.send({ type: 'reset', config: get().config });
      },
      restartWorker: () => {
        set({ error: null, ready: false, loading: null, resetPending: false, status: IDLE_STATUS });
        port.restart();
      },
      // a fatal error stays until restartWorker: the worker is gone
      dismissError: () => set((s) => (s.error?.fatal ? {} : { error: null })),
      showNotice: (message) => set({ notice: message }),
      dismissNotice: () => set({ notice: null }),
    };
  };
}
