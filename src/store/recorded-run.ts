/** A recording as the fields of the run on screen: its config, probes and a status made from what it recorded. */

import { PRESETS } from '../lab/presets.ts';
import { configsEqual } from '../protocol/config-change.ts';
import type { RunConfig } from '../protocol/config.ts';
import type { NetHistory, RunHistory } from '../protocol/history.ts';
import type { NetStatus, RunStatus } from '../protocol/messages.ts';
import { validateConfig } from '../protocol/validate-config.ts';
import { isLrLinked } from './config-edit.ts';
import type { RunFields } from './lab-state.ts';

/** The fields a run's length and probing leave out, so that the page's and the CLI's runs of a preset match. */
function shape(config: RunConfig): RunConfig {
  return { ...config, steps: 0, probeEvery: 0, probeSize: 0, events: undefined };
}

/** Whether a config is a run of the preset (of any length, probed as the page or the CLI probes). */
export function isRunOf(config: RunConfig, name: string): boolean {
  return Object.hasOwn(PRESETS, name) && configsEqual(shape(validateConfig(PRESETS[name])), shape(config));
}

/** The first preset a config is a run of, or undefined. */
export function presetOfConfig(config: RunConfig): string | undefined {
  return Object.keys(PRESETS).find((name) => isRunOf(config, name));
}

/** A net as the worker would report it at the end of the recording. */
function netStatusOf(net: NetHistory): NetStatus {
  const { probes } = net;
  let stalled: number | null = null;
  for (let i = probes.length - 1; i >= 0 && probes[i].stalled; i--) stalled = probes[i].step;
  return {
    name: net.name,
    norm: net.norm,
    lr: net.lrChanges[net.lrChanges.length - 1][1],
    diverged: net.diverged,
    stalled,
    lastLoss: probes.at(-1)?.trainLoss ?? Number.NaN,
    lrChanges: net.lrChanges,
  };
}

/** The last step recorded: where the run stood when it was saved. */
export function recordedStep(history: RunHistory): number {
  return Math.max(0, ...Object.values(history.nets).map((net) => net.probes.at(-1)?.step ?? 0));
}

/** The run's status when it was saved, paused. */
function recordedStatus(history: RunHistory): RunStatus {
  const step = recordedStep(history);
  const nets = history.config.nets.map((spec) => netStatusOf(history.nets[spec.name]));
  return { step, running: false, finished: step >= history.config.steps, stepsPerSecond: 0, nets };
}

/** The recording in the fields of the run on screen (its digit strip comes from the worker, see recording-slice). */
export function recordedRun(history: RunHistory, presetName: string): RunFields {
  const { config } = history;
  return {
    config,
    presetName,
    lrLinked: isLrLinked(config),
    resetPending: false,
    probes: Object.fromEntries(config.nets.map((net) => [net.name, history.nets[net.name].probes])),
    strip: null,
    backend: history.backend,
    status: recordedStatus(history),
    scrubStep: null,
    measurements: {},
  };
}
