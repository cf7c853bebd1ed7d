/** Derived values for the panels. Each returns a stable reference for an unchanged state, so it is safe in useLab. */

import type { ProbeRecord } from '../protocol/history.ts';
import type { NetStatus } from '../protocol/messages.ts';
import { netLr } from '../protocol/validate-config.ts';
import type { LabState } from './lab-state.ts';

type Probes = LabState['probes'];

/** Index of the last record with step ≤ step, or -1. Records are in step order. */
function lastAtOrBefore(records: readonly { readonly step: number }[], step: number): number {
  let lo = 0;
  let hi = records.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (records[mid].step <= step) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}

/**
 * The probe of a net at a step: the last one recorded at or before it (a diverged net stops recording).
 * step defaults to the scrubber; null means the latest probe.
 */
export function selectProbeAt(
  state: Pick<LabState, 'probes' | 'scrubStep'>,
  net: string,
  step: number | null = state.scrubStep,
): ProbeRecord | undefined {
  const records = state.probes[net];
  if (!records || records.length === 0) return undefined;
  if (step === null) return records[records.length - 1];
  const i = lastAtOrBefore(records, step);
  return i >= 0 ? records[i] : undefined;
}

const stepsCache = new WeakMap<Probes, readonly number[]>();

/** The union of recorded steps over all nets, ascending (memoized per history). */
export function selectSteps(state: Pick<LabState, 'probes'>): readonly number[] {
  const cached = stepsCache.get(state.probes);
  if (cached) return cached;
  const union = new Set<number>();
  for (const records of Object.values(state.probes)) for (const record of records) union.add(record.step);
  const steps = [...union].sort((a, b) => a - b);
  stepsCache.set(state.probes, steps);
  return steps;
}

/** The last recorded step, or null before the first probe. */
function selectLatestStep(state: Pick<LabState, 'probes'>): number | null {
  const steps = selectSteps(state);
  return steps.length > 0 ? steps[steps.length - 1] : null;
}

/** The step the charts show: the scrubber's, or the latest. */
export function selectShownStep(state: Pick<LabState, 'probes' | 'scrubStep'>): number | null {
  return state.scrubStep ?? selectLatestStep(state);
}

/**
 * The learning rate a side trains with now: the config's (its own, or the shared one), unless the worker's latest
 * change of it came from one of the config's lr events (a link's or a saved run's schedule), whose rate then holds.
 */
export function selectSideLr(state: Pick<LabState, 'config' | 'status'>, side: number): number {
  const net = state.config.nets[side];
  if (!net) return state.config.lr;
  const configured = netLr(state.config, net);
  const last = selectNetStatus(state, net.name)?.lrChanges.at(-1);
  if (!last || last[0] === 0) return configured;
  const [step, lr] = last;
  const scheduled = state.config.events?.some(
    (e) => e.type === 'lr' && e.step === step && e.lr === lr && (e.net === undefined || e.net === net.name),
  );
  return scheduled ? lr : configured;
}

/** The shared rate in force: the first side's (every side's, while one rate is shared and no event split them). */
export function selectSharedLr(state: Pick<LabState, 'config' | 'status'>): number {
  return selectSideLr(state, 0);
}

/** The worker's latest status of a net (diverged, last loss, lr), by name. */
export function selectNetStatus(state: Pick<LabState, 'status'>, net: string): NetStatus | undefined {
  return state.status.nets.find((status) => status.name === net);
}
