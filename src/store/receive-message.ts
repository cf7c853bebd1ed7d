/** How each worker message changes the state: one partial state per message, applied in one set(). */

import type { FromWorker, RunStatus } from '../protocol/messages.ts';
import { needsReset } from '../protocol/config-change.ts';
import { appendProbes, emptyProbes, keepSteps } from './history-slice.ts';
import type { LabState } from './lab-state.ts';

/** A link's replay has paused at its step (or the run ended first): the timeline goes where the link says. */
function replayEnd(state: LabState, status: RunStatus): Partial<LabState> {
  const replay = state.replay;
  if (!replay || replay.reached || status.running || (status.step < replay.step && !status.finished)) return {};
  return { replay: { ...replay, reached: true }, scrubStep: replay.scrub };
}

export function reduceMessage(state: LabState, msg: FromWorker): Partial<LabState> {
  switch (msg.type) {
    case 'loading':
      return { loading: { loaded: msg.loaded, total: msg.total } };
    case 'ready':
      return {
        ready: true,
        loading: null,
        status: msg.status,
        strip: msg.strip,
        backend: msg.backend,
        probes: emptyProbes(msg.config),
        scrubStep: null,
        measurements: {},
        measuring: [],
        // still pending when a later structural change has not been answered yet
        resetPending: state.resetPending && needsReset(msg.config, state.config),
      };
    case 'probes': {
      const probes = appendProbes(state.probes, msg.probes);
      const end = replayEnd(state, msg.status);
      return probes === state.probes ? { status: msg.status, ...end } : { probes, status: msg.status, ...end };
    }
    case 'status':
      return { status: msg.status, ...replayEnd(state, msg.status) };
    case 'thinned':
      return { probes: keepSteps(state.probes, msg.keptSteps) };
    case 'error':
      return {
        error: { message: msg.message, fatal: msg.fatal },
        measuring: [],
        ...(msg.fatal ? { status: { ...state.status, running: false } } : {}),
      };
    case 'strip':
      // a recording's strip (recording-slice.ts takes it while one is shown): late, its recording is gone
      return {};
    case 'measured': {
      const { kind } = msg.measurement;
      return {
        measurements: { ...state.measurements, [kind]: msg.measurement },
        measuring: state.measuring.filter((k) => k !== kind),
      };
    }
  }
}
