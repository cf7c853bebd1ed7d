/**
 * The precomputed runs' rounding: every probe number to 7 significant digits, which keeps a run's file small and
 * is about what a float32 holds. Integers (steps, counts, predictions) and NaN/±∞ stay as they are; so do the config
 * and the learning-rate changes, which a replay needs exactly.
 */

import type { NetHistory, ProbeRecord, RunHistory } from './history.ts';

/** x to 7 significant digits; integers and non-finite numbers unchanged. */
export function roundNumber(x: number): number {
  return Number.isFinite(x) && !Number.isInteger(x) ? Number(x.toPrecision(7)) : x;
}

/** A copy with every number rounded; integer typed arrays (counts, predictions) kept. */
function roundDeep(value: unknown): unknown {
  if (typeof value === 'number') return roundNumber(value);
  if (value instanceof Float64Array) return value.map(roundNumber);
  if (ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) return value.map(roundDeep);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, roundDeep(v)]));
  return value;
}

function roundNet(net: NetHistory): NetHistory {
  return { ...net, probes: net.probes.map((probe) => roundDeep(probe) as ProbeRecord) };
}

/** The history with every probe's numbers rounded to 7 significant digits. */
export function roundHistory(history: RunHistory): RunHistory {
  return {
    ...history,
    nets: Object.fromEntries(Object.entries(history.nets).map(([name, net]) => [name, roundNet(net)])),
  };
}
