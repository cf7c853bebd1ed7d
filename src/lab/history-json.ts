/** The run history as reproducible JSON: typed arrays as arrays, NaN and ±∞ as null, no wall-clock fields. */

import type { RunHistory } from '../protocol/history.ts';

function replacer(_key: string, value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value as unknown as ArrayLike<number>, (v) => (Number.isFinite(v) ? v : null));
  }
  return value;
}

export function historyToJson(history: RunHistory, indent?: number): string {
  return JSON.stringify(history, replacer, indent);
}
