/**
 * The learning-rate sweep: K rates spaced evenly on a log scale × the chosen kinds of net, each trained alone for N
 * steps from the base config's initial weights and batches. The grid, the jobs and their order, what a run reports
 * and the messages to the workers that run them; the page, the CLI and the workers share it.
 */

import { namedNets, NORM_KINDS, type NormKind, type RunConfig } from './config.ts';
import type { Divergence, KernelBackend } from './history.ts';
import { ConfigError, inRange, LIMITS, validateConfig } from './validate-config.ts';

export const SWEEP_LIMITS = {
  lr: LIMITS.lr,
  count: [1, 50],
  steps: [1, 1_000_000],
} as const;

/** Probes a run takes after step 0: test accuracy at every tenth of the run, so that stalling can be told. */
const SWEEP_PROBES = 10;

export interface SweepRequest {
  /** the kinds of net to sweep, each once, in the order they are listed and plotted */
  readonly kinds: readonly NormKind[];
  readonly lrMin: number;
  readonly lrMax: number;
  /** K, the number of rates */
  readonly count: number;
  /** N, SGD updates per run */
  readonly steps: number;
}

/** One run of the sweep: a net of this kind alone at this rate. */
export interface SweepJob {
  /** its place in the results: kind by kind as requested, each kind's rates ascending */
  readonly index: number;
  readonly norm: NormKind;
  readonly lr: number;
}

/** What one run ends with. Values a diverged run cannot have are NaN (null in the JSON file). */
export interface SweepRunResult {
  readonly norm: NormKind;
  readonly lr: number;
  /** on the probe set at the last step, a fraction in [0, 1]; NaN when the run diverged */
  readonly finalTestAccuracy: number;
  readonly finalTestLoss: number;
  /** the mean mini-batch loss over the last tenth of the run */
  readonly finalTrainLoss: number;
  /** the step and reason the loss or a parameter became NaN or ±∞; the run stopped there */
  readonly diverged: Divergence | null;
  /** test accuracy within 2 points of chance at each of the last 5 probes (the last 40 % of the run) */
  readonly stalled: boolean;
  /** SGD updates done: the request's steps, or fewer when the run diverged */
  readonly steps: number;
}

/** A validated request with its grid and jobs, for one base config. */
export interface SweepPlan {
  /** the config every run starts from (see sweepJobConfig for what a run changes) */
  readonly config: RunConfig;
  readonly request: SweepRequest;
  /** the rates, ascending */
  readonly grid: readonly number[];
  readonly jobs: readonly SweepJob[];
}

/**
 * K rates from lrMin to lrMax, evenly spaced in log lr: lrMin·(lrMax/lrMin)^(i/(K−1)), i = 0 … K−1. K = 1 gives
 * lrMin alone. The ends are exactly lrMin and lrMax.
 */
export function sweepGrid(lrMin: number, lrMax: number, count: number): number[] {
  inRange('the lowest rate', lrMin, SWEEP_LIMITS.lr, false);
  inRange('the highest rate', lrMax, SWEEP_LIMITS.lr, false);
  inRange('the number of rates', count, SWEEP_LIMITS.count, true);
  if (lrMax < lrMin) throw new ConfigError(`the highest rate (${lrMax}) must not be below the lowest (${lrMin})`);
  if (count === 1) return [lrMin];
  const ratio = lrMax / lrMin;
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? lrMax : lrMin * ratio ** (i / (count - 1))));
}

/** Every kind at every rate, kind by kind in the order given, each kind's rates ascending. */
export function sweepJobs(kinds: readonly NormKind[], grid: readonly number[]): SweepJob[] {
  return kinds.flatMap((norm, k) => grid.map((lr, i) => ({ index: k * grid.length + i, norm, lr })));
}

/** A clean copy of the request, or a ConfigError naming the first thing that is wrong. */
export function validateSweep(request: SweepRequest): SweepRequest {
  const { kinds } = request;
  if (!Array.isArray(kinds) || kinds.length === 0)
    throw new ConfigError(`a sweep needs at least one kind of net (${NORM_KINDS.join(', ')})`);
  const seen = new Set<NormKind>();
  for (const kind of kinds) {
    if (!NORM_KINDS.includes(kind))
      throw new ConfigError(`a kind of net is one of ${NORM_KINDS.join(', ')}, got ${String(kind)}`);
    if (seen.has(kind)) throw new ConfigError(`each kind is swept once, but ${kind} is listed twice`);
    seen.add(kind);
  }
  sweepGrid(request.lrMin, request.lrMax, request.count);
  return {
    kinds: [...kinds],
    lrMin: request.lrMin,
    lrMax: request.lrMax,
    count: request.count,
    steps: inRange('the steps of each run', request.steps, SWEEP_LIMITS.steps, true),
  };
}

/** A run probes at step 0, every tenth of its steps (rounded up) and at its last step. */
export function sweepProbeEvery(steps: number): number {
  return Math.max(1, Math.ceil(steps / SWEEP_PROBES));
}

/**
 * The config of one run: the base config's data, network, init, batch, seeds and probe set, with one net of this
 * kind at this rate, the sweep's steps and probe interval, and no scale events or per-probe measurements. The seeds
 * are the base config's, so every run starts from the same weights and sees the same batches.
 */
export function sweepJobConfig(base: RunConfig, norm: NormKind, lr: number, steps: number): RunConfig {
  const { events: _events, measure: _measure, ...rest } = base;
  return validateConfig({
    ...rest,
    nets: namedNets([{ norm }]),
    lr,
    steps,
    probeEvery: sweepProbeEvery(steps),
  });
}

/** Validates the base config and the request (each run's config too) and lays out the grid and the jobs. */
export function planSweep(base: RunConfig, request: SweepRequest): SweepPlan {
  const config = validateConfig(base);
  const valid = validateSweep(request);
  const grid = sweepGrid(valid.lrMin, valid.lrMax, valid.count);
  for (const kind of valid.kinds) sweepJobConfig(config, kind, grid[0], valid.steps);
  return { config, request: valid, grid, jobs: sweepJobs(valid.kinds, grid) };
}

/** The page or the CLI → a sweep worker: run this job of a plan. */
export interface ToSweepWorker {
  readonly type: 'run';
  readonly job: SweepJob;
  /** the plan's base config */
  readonly config: RunConfig;
  readonly steps: number;
  /** where a Web Worker fetches MNIST; a Node thread reads it from disk */
  readonly dataUrl: string;
  readonly backend: KernelBackend;
}

/** A sweep worker → the page or the CLI: steps done in a job, its result, or why it failed (not a divergence). */
export type FromSweepWorker =
  | { readonly type: 'progress'; readonly index: number; readonly step: number }
  | { readonly type: 'result'; readonly index: number; readonly result: SweepRunResult }
  | { readonly type: 'error'; readonly index: number; readonly message: string };
