/** Where two JSON values first differ, e.g. `bn[3].layers[1].percentiles.p50[17]: 0.4123 vs 0.41230000000000006`. */

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The first difference in document order (keys in a's order, then any only b has), or null when equal. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const found = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (found !== null) return found;
    }
    return a.length === b.length ? null : `${path}: ${a.length} entries vs ${b.length}`;
  }
  if (isRecord(a) && isRecord(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const where = path === '' ? key : `${path}.${key}`;
      if (!(key in a) || !(key in b)) return `${where}: ${key in a ? 'only in the first' : 'only in the second'}`;
      const found = firstDifference(a[key], b[key], where);
      if (found !== null) return found;
    }
    return null;
  }
  return Object.is(a, b) ? null : `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}
