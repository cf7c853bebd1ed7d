/**
 * `npm run bench -- --soak`: paper-fig1 for 200,000 twin steps probed every 100 (2,001 probes a net), the heap
 * sampled after every probe, after a forced gc when node runs with --expose-gc. The run hands its probes off
 * as the worker does (retainProbes: false), so a heap that grows is a leak, not the history.
 */

import type { Dataset } from '../data/dataset.ts';
import { TwinRun } from '../lab/twin-run.ts';
import { FIG1 } from './bench-fig1.ts';
import { quartileMeans } from './bench-stats.ts';
import { Progress } from './progress.ts';

export const SOAK_STEPS = 200_000;
const SOAK_PROBE_EVERY = 100;
/** The heap counts as flat when its last quarter's mean is within this of its first quarter's. */
const FLAT_MB = 2;

interface HeapSample {
  readonly step: number;
  readonly heapMb: number;
  readonly rssMb: number;
}

export interface Soak {
  readonly steps: number;
  readonly probeEvery: number;
  readonly probes: number;
  /** whether every sample followed a forced gc (node --expose-gc) */
  readonly forcedGc: boolean;
  readonly totalMs: number;
  readonly samples: readonly HeapSample[];
  /** mean heap of the first and the last quarter of the samples, MB */
  readonly firstQuartileMb: number;
  readonly lastQuartileMb: number;
  readonly flat: boolean;
}

const MB = 2 ** 20;

export function soak(data: Dataset, steps = SOAK_STEPS): Soak {
  const gc = (globalThis as { gc?: () => void }).gc;
  const t0 = performance.now();
  const run = new TwinRun({ ...FIG1, steps, probeEvery: SOAK_PROBE_EVERY }, data, { retainProbes: false });
  const samples: HeapSample[] = [];
  const sample = () => {
    gc?.();
    const { heapUsed, rss } = process.memoryUsage();
    samples.push({ step: run.step, heapMb: heapUsed / MB, rssMb: rss / MB });
  };
  sample();
  const progress = new Progress(process.stderr, steps);
  while (!run.finished) {
    if (run.advance() !== null) sample();
    progress.update(run.step);
  }
  progress.finish();
  const { first, last } = quartileMeans(samples.map((s) => s.heapMb));
  return {
    steps,
    probeEvery: SOAK_PROBE_EVERY,
    probes: samples.length,
    forcedGc: gc !== undefined,
    totalMs: performance.now() - t0,
    samples,
    firstQuartileMb: first,
    lastQuartileMb: last,
    flat: last - first <= FLAT_MB,
  };
}
