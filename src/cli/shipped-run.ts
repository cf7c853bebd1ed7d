/**
 * A run as the site ships it precomputed: every probe number rounded to 7 significant digits, as gzipped JSON of at
 * most 1 MB. Where the whole run does not fit (Figure 1's 101 probes of 2,000 test digits do not), the probes of the
 * first tenth of the run stay and only every k-th after it (Figure 1: every 1,000 steps from step 5,000), k as small
 * as fits; the file's `thinned` counts the probes left out.
 */

import { gzipSync, strToU8 } from 'fflate';
import type { RunHistory } from '../protocol/history.ts';
import { historyToJson } from '../protocol/history-json.ts';
import { roundHistory } from '../protocol/round-history.ts';

/** The largest file the site ships. */
export const MAX_SHIPPED_BYTES = 1_000_000;
/** Never thinner than every 4th probe after the first tenth: such a run fails instead. */
const MAX_EVERY = 4;

/** The probe steps kept: every one up to a tenth of the run, then every `every`-th of all (step 0 the first), and the last. */
export function keptSteps(steps: readonly number[], runSteps: number, every: number): Set<number> {
  return new Set(steps.filter((step, j) => step <= runSteps / 10 || j % every === 0 || j === steps.length - 1));
}

function thinnedTo(history: RunHistory, every: number): RunHistory {
  if (every === 1) return history;
  const steps = [...new Set(Object.values(history.nets).flatMap((net) => net.probes.map((p) => p.step)))].sort(
    (a, b) => a - b,
  );
  const kept = keptSteps(steps, history.config.steps, every);
  const nets = Object.fromEntries(
    Object.entries(history.nets).map(([name, net]) => [
      name,
      { ...net, probes: net.probes.filter((p) => kept.has(p.step)) },
    ]),
  );
  return { ...history, nets, thinned: history.thinned + steps.length - kept.size };
}

/** Byte-identical for the same history: level 9, no time stamp. */
function gzipJson(history: RunHistory): Uint8Array {
  return gzipSync(strToU8(historyToJson(history) + '\n'), { level: 9, mtime: 0 });
}

export interface ShippedRun {
  readonly history: RunHistory;
  readonly gzip: Uint8Array;
  /** 1 when every probe is shipped, else k: every k-th probe after the first tenth of the run */
  readonly every: number;
}

/** The history rounded and, where it must be, thinned to fit MAX_SHIPPED_BYTES; throws where it cannot fit. */
export function shippedRun(history: RunHistory): ShippedRun {
  const rounded = roundHistory(history);
  let size = 0;
  for (let every = 1; every <= MAX_EVERY; every++) {
    const shipped = thinnedTo(rounded, every);
    const gzip = gzipJson(shipped);
    if (gzip.length <= MAX_SHIPPED_BYTES) return { history: shipped, gzip, every };
    size = gzip.length;
  }
  throw new Error(
    `${size.toLocaleString('en-US')} bytes of gzip with every ${MAX_EVERY}th probe after the first tenth of the run: over the ${MAX_SHIPPED_BYTES.toLocaleString('en-US')} bytes a precomputed run may have`,
  );
}
