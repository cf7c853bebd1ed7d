/**
 * Our engine through its public APIs: paper-fig1's step per net and in lockstep, a probe of both nets (the CLI's
 * and the page's), and the largest config the lab accepts with its longest slice (the bound on Pause latency).
 */

import type { Dataset } from '../data/dataset.ts';
import { datasetFor } from '../lab/dataset-for.ts';
import { PRESETS } from '../lab/presets.ts';
import { probeNet } from '../lab/probe.ts';
import { TwinRun } from '../lab/twin-run.ts';
import type { RunConfig } from '../protocol/config.ts';
import { ConfigError, LIMITS, validateConfig } from '../protocol/validate-config.ts';
import { Fig1Batches, fig1Net, FIG1 } from './bench-fig1.ts';
import { timePerCall, type TimingOptions } from './bench-stats.ts';

export interface StepTimes {
  /** median ms of one net's step (forward → loss → backward → update → statistics) on a fresh batch */
  readonly plainMs: number;
  readonly bnMs: number;
  /** median ms of TwinRun.advance: the batch, then both nets, as the worker and the CLI step */
  readonly twinMs: number;
}

/** A twin run of paper-fig1 that never probes after step 0 (on `probeSize` test digits). */
function bareRun(data: Dataset, probeSize = 100): TwinRun {
  return new TwinRun({ ...FIG1, steps: 1e7, probeEvery: 1e6, probeSize }, data, { retainProbes: false });
}

export function stepTimes(data: Dataset, timing: TimingOptions = {}): StepTimes {
  const [plainMs, bnMs] = (['none', 'bn'] as const).map((norm) => {
    const net = fig1Net(norm);
    const batches = new Fig1Batches(data);
    let step = 0;
    return timePerCall(() => {
      batches.next();
      net.train(batches.x, batches.y, batches.batchSize, step++);
    }, timing).ms;
  });
  const run = bareRun(data);
  return { plainMs, bnMs, twinMs: timePerCall(() => run.advance(), timing).ms };
}

interface ProbeTimes {
  /** ms to probe both nets: the CLI's probe (all 2,000 test digits) and the page's (1,000) */
  readonly cliMs: number;
  readonly pageMs: number;
}

export function probeTimes(data: Dataset, timing: TimingOptions = {}): ProbeTimes {
  const probeMs = (probeSize: number) => {
    const run = bareRun(data, probeSize);
    for (let s = 0; s < 20; s++) run.advance();
    return timePerCall(() => run.nets.forEach((net) => probeNet(net, run.step, run.probeContext)), timing).ms;
  };
  return { cliMs: probeMs(0), pageMs: probeMs(1000) };
}

/** The widest, deepest net the lab accepts, at the largest batch that still fits its memory limit. */
export function largestConfig(): RunConfig {
  const [, width] = LIMITS.width;
  const [, depth] = LIMITS.depth;
  const base = { ...PRESETS['paper-fig1'], hidden: Array<number>(depth).fill(width), probeSize: 1000 };
  for (let batchSize: number = LIMITS.batchSize[1]; batchSize > 1; batchSize = Math.floor(batchSize * 0.9)) {
    try {
      return validateConfig({ ...base, batchSize });
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
    }
  }
  throw new Error('no batch size fits');
}

interface LargestStep {
  readonly config: RunConfig;
  /** one twin step, and its longest slice */
  readonly stepMs: number;
  readonly sliceMs: number;
}

/**
 * How long the worker may be deaf to a Pause at the largest config: it checks for messages after every slice of a
 * step, so the answer time is at most a tick (30 ms) plus the longest slice. Also the whole step, for comparison.
 */
export function largestStep(data: Dataset): LargestStep {
  const config = largestConfig();
  const run = new TwinRun({ ...config, steps: 10, probeEvery: 1e6 }, data, { retainProbes: false });
  let sliceMs = 0;
  const t0 = performance.now();
  const step = run.advanceSlices();
  for (let done = false, t = performance.now(); !done; t = performance.now()) {
    done = step.next().done ?? false;
    sliceMs = Math.max(sliceMs, performance.now() - t);
  }
  return { config, sliceMs, stepMs: performance.now() - t0 };
}

/** The history budget: a long run probed every step on a small net keeps at most MAX_PROBES probes a net. */
export function historyBudget(): { probes: number; kept: number; heapGrowthMb: number } {
  const heapBefore = process.memoryUsage().heapUsed;
  const moons = { ...PRESETS['moons-quick'], hidden: [32, 32], steps: 2500, probeEvery: 1 };
  const long = new TwinRun(moons, datasetFor(moons, null));
  while (!long.finished) long.advance();
  return {
    probes: moons.steps,
    kept: long.history.nets.plain.probes.length,
    heapGrowthMb: (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20,
  };
}
