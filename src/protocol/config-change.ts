/** Which config changes a running experiment takes live, and which rebuild the nets. One rule for both threads. */

import type { RunConfig, RunEvent } from './config.ts';

/** JSON with object keys sorted, so that two configs built in different orders compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * The config without the fields applied live between two steps: learning rates, probe interval, run length, events
 * and the measurements the probes take.
 */
function structure(config: RunConfig): string {
  const nets = config.nets.map((net) => ({ name: net.name, norm: net.norm }));
  return canonical({ ...config, lr: 0, probeEvery: 0, steps: 0, nets, events: undefined, measure: undefined });
}

/** b's events are a's with more after them (or the same): the run has done a's and can go on with the rest. */
function extendsEvents(a: readonly RunEvent[] = [], b: readonly RunEvent[] = []): boolean {
  return b.length >= a.length && a.every((event, i) => canonical(event) === canonical(b[i]));
}

export function configsEqual(a: RunConfig, b: RunConfig): boolean {
  return canonical(a) === canonical(b);
}

/** True when going from a to b needs new twins (the worker answers `ready`), false for a live change. */
export function needsReset(a: RunConfig, b: RunConfig): boolean {
  return structure(a) !== structure(b) || !extendsEvents(a.events, b.events);
}
