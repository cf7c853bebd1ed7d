/** Keeps a run's history within a fixed memory budget on arbitrarily long runs. */

import type { RunHistory } from '../protocol/history.ts';

/** Probes kept per net before older ones are thinned. paper-fig1's 101 probes stay far below it. */
export const MAX_PROBES = 1000;

/**
 * Once more than `max` steps are recorded, every second step of the older half is dropped (step 0
 * always stays), so old history gets coarser while recent history keeps full resolution.
 */
export function stepsToDrop(steps: readonly number[], max = MAX_PROBES): Set<number> {
  if (steps.length <= max) return new Set();
  return new Set(steps.slice(1, Math.floor(steps.length / 2)).filter((_, i) => i % 2 === 0));
}

/** Thins every net of the history in place at the same steps; returns the steps dropped. */
export function thinHistory(history: RunHistory, max = MAX_PROBES): Set<number> {
  const nets = Object.values(history.nets);
  const longest = nets.reduce((a, n) => (n.probes.length > a.probes.length ? n : a), nets[0]);
  const dropped = longest
    ? stepsToDrop(
        longest.probes.map((p) => p.step),
        max,
      )
    : new Set<number>();
  if (dropped.size === 0) return dropped;
  for (const net of nets) {
    const kept = net.probes.filter((p) => !dropped.has(p.step));
    net.probes.splice(0, net.probes.length, ...kept);
  }
  history.thinned += dropped.size;
  return dropped;
}
