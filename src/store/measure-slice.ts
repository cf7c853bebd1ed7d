/** The lessons' on-demand measurements (asked of the worker, kept per kind) and the scale scene's Apply. */

import type { RunConfig } from '../protocol/config.ts';
import type { LabPort, LabSlice, MeasureSlice } from './lab-state.ts';
import { refuseWhileRecording } from './while-recording.ts';

/** The config with one more scale event: W of hidden layer `layer` × factor after `step` updates. */
function withScaleEvent(config: RunConfig, step: number, layer: number, factor: number): RunConfig {
  return { ...config, events: [...(config.events ?? []), { step, type: 'scale', layer, factor }] };
}

export function createMeasureSlice(port: LabPort): LabSlice<MeasureSlice> {
  return (set, get) => ({
    measurements: {},
    measuring: [],
    measure: (request) => {
      if (refuseWhileRecording(get, set)) return;
      set((s) => ({ measuring: [...s.measuring.filter((k) => k !== request.kind), request.kind] }));
      port.send({ type: 'measure', request });
    },
    applyScale: (layer, factor) => {
      const { status, config, setConfig } = get();
      if (status.running) {
        set({ notice: 'Pause first: an Apply happens at the step the run is paused at.' });
        return false;
      }
      return setConfig(withScaleEvent(config, status.step, layer, factor));
    },
  });
}
