/** The config the page opens with, and how a named preset is adapted to the browser. */

import type { RunConfig } from '../protocol/config.ts';
import { DEFAULT_PRESET, PRESETS } from '../lab/presets.ts';

/** Probe this often in the browser: a few hundred steps/s then moves the charts every second or so. */
const BROWSER_PROBE_EVERY = 100;
/** Probe on this many MNIST test images: 1,000 keep a probe short enough to run every 100 steps. */
const BROWSER_PROBE_SIZE = 1000;
/** SGD updates per tick while playing; the worker also stops a tick after ~30 ms, so the maximum means "as fast as it goes". */
export const DEFAULT_SPEED = 1000;
export const SPEED_RANGE = [1, 1000] as const;

/**
 * A preset as the page runs it. The presets probe for offline plots (e.g. every 500 steps on the whole
 * MNIST test set); the page probes more often on a smaller probe set so that the charts move every
 * couple of seconds without the probes dominating the step time.
 */
function forBrowser(config: RunConfig): RunConfig {
  const bigProbeSet = config.dataset === 'mnist' && (config.probeSize === 0 || config.probeSize > BROWSER_PROBE_SIZE);
  return {
    ...config,
    probeEvery: Math.min(config.probeEvery, BROWSER_PROBE_EVERY),
    probeSize: bigProbeSet ? BROWSER_PROBE_SIZE : config.probeSize,
  };
}

/** The named preset as the page runs it, or undefined for an unknown name. */
export function presetConfig(name: string): RunConfig | undefined {
  const preset = Object.hasOwn(PRESETS, name) ? PRESETS[name] : undefined;
  return preset && forBrowser(preset);
}

export const DEFAULT_PRESET_NAME: string = DEFAULT_PRESET;

/** `paper-fig1` with probeEvery 100 and probeSize 1000 (see forBrowser). */
export const DEFAULT_CONFIG: RunConfig = forBrowser(PRESETS[DEFAULT_PRESET]);
