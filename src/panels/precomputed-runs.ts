/** The precomputed runs as the page offers them: a label each, the run of a lesson's scene, and opening one. */

import { DEFAULT_PRESET, PRECOMPUTED_RUNS, PRESETS, precomputedPath } from '../lab/presets.ts';
import type { LabStore } from '../store/lab-state.ts';
import { formatStep } from '../charts/format.ts';
import { sceneOf } from './lessons/scene-order.ts';
import { openRunUrl } from './load-run.ts';
import { presetLabel } from './scene-select.tsx';

/** "Figure 1, full run, precomputed", "2. Saturated sigmoids, precomputed", … */
export function precomputedLabel(name: string): string {
  return name === DEFAULT_PRESET ? 'Figure 1, full run, precomputed' : `${presetLabel(name)}, precomputed`;
}

/** "50,000 steps": how far the precomputed run trained (its preset's length). */
export function precomputedSteps(name: string): string {
  return `${formatStep(PRESETS[name].steps)} steps`;
}

/** The precomputed run of a lesson's scene (Figure 1 in full for the first), if there is one. */
export function precomputedOfScene(scene: string): string | undefined {
  return PRECOMPUTED_RUNS.find((name) => sceneOf(name) === scene);
}

/** Fetches the run from the site (relative to the page, so it works under any sub-path) and shows it. */
export function openPrecomputed(store: LabStore, name: string): Promise<boolean> {
  return openRunUrl(store, precomputedPath(name), name);
}
