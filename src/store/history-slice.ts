/** Probes per net, the digit strip and the scrubber. The worker's messages fill it via receive. */

import type { RunConfig } from '../protocol/config.ts';
import type { ProbeRecord } from '../protocol/history.ts';
import type { HistorySlice, LabSlice, LabState } from './lab-state.ts';
import { selectSteps } from './selectors.ts';

type Probes = LabState['probes'];

/** An empty history for the nets of a config. */
export function emptyProbes(config: RunConfig): Probes {
  return Object.fromEntries(config.nets.map((net) => [net.name, []]));
}

/** Appends new probes; only the nets that got some get a new array (and steps already held are skipped). */
export function appendProbes(history: Probes, incoming: Readonly<Record<string, readonly ProbeRecord[]>>): Probes {
  let next: Record<string, readonly ProbeRecord[]> | null = null;
  for (const [name, records] of Object.entries(incoming)) {
    const old = history[name] ?? [];
    const last = old.length > 0 ? old[old.length - 1].step : -Infinity;
    const fresh = records.filter((record) => record.step > last);
    if (fresh.length === 0) continue;
    next ??= { ...history };
    next[name] = old.concat(fresh);
  }
  return next ?? history;
}

/** Keeps only the probes at these steps; nets that lose none keep their array. */
export function keepSteps(history: Probes, keptSteps: readonly number[]): Probes {
  const kept = new Set(keptSteps);
  let next: Record<string, readonly ProbeRecord[]> | null = null;
  for (const [name, records] of Object.entries(history)) {
    const remaining = records.filter((record) => kept.has(record.step));
    if (remaining.length === records.length) continue;
    next ??= { ...history };
    next[name] = remaining;
  }
  return next ?? history;
}

/** Where scrubBy lands: a recorded step, or null (live) past the last one. */
function scrubTarget(state: LabState, by: number): number | null {
  const steps = selectSteps(state);
  if (steps.length === 0) return null;
  const scrub = state.scrubStep;
  const at =
    scrub === null
      ? steps.length - 1
      : Math.max(
          steps.findLastIndex((step) => step <= scrub),
          0,
        );
  const to = at + Math.trunc(by);
  if (to > steps.length - 1) return null;
  return steps[Math.max(to, 0)];
}

export function createHistorySlice(config: RunConfig): LabSlice<HistorySlice> {
  return (set) => ({
    probes: emptyProbes(config),
    strip: null,
    backend: null,
    scrubStep: null,
    setScrubStep: (scrubStep) => set({ scrubStep }),
    followLive: () => set({ scrubStep: null }),
    scrubBy: (by) => set((s) => ({ scrubStep: scrubTarget(s, by) })),
  });
}
