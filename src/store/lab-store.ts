/** The one store of the page, built from its slices. Vanilla, so the worker connection and tests need no React. */

import { createStore } from 'zustand/vanilla';
import { validateConfig } from '../protocol/validate-config.ts';
import { createConfigSlice } from './config-slice.ts';
import { DEFAULT_CONFIG } from './default-config.ts';
import { createHistorySlice } from './history-slice.ts';
import { createMeasureSlice } from './measure-slice.ts';
import type { LabInitial, LabPort, LabState, LabStore, SweepPort } from './lab-state.ts';
import { createRecordingSlice } from './recording-slice.ts';
import { createRunSlice } from './run-slice.ts';
import { createSweepSlice } from './sweep-slice.ts';
import { createUiSlice } from './ui-slice.ts';

/**
 * A store that sends its commands through port; initial may come from a shared link (see url-state.ts). A
 * learning-rate sweep runs on sweepPort's workers.
 */
export function createLabStore(port: LabPort, initial: LabInitial = {}, sweepPort?: SweepPort): LabStore {
  const config = validateConfig(initial.config ?? DEFAULT_CONFIG);
  return createStore<LabState>()((...api) => ({
    ...createConfigSlice(port, config, initial)(...api),
    ...createRunSlice(port, initial.notice ?? null, initial.stop ?? null)(...api),
    ...createHistorySlice(config)(...api),
    ...createUiSlice(config, initial.view)(...api),
    ...createMeasureSlice(port)(...api),
    ...createSweepSlice(sweepPort)(...api),
    ...createRecordingSlice(port)(...api),
  }));
}
