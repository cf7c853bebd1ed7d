/** Messages between the page and the lab worker: discriminated unions on `type`. */

import type { NormKind, RunConfig } from './config.ts';
import type { Measurement, MeasureRequest } from './measurements.ts';
import type { Divergence, KernelBackend, ProbeRecord } from './history.ts';

/** The page → the worker. */
export type ToWorker =
  /** build the twins from this config (loading the data set if needed); resets history */
  | { readonly type: 'init'; readonly config: RunConfig; readonly dataUrl: string }
  /** apply a new config: learning rates, speed-related fields and probe interval live; anything else resets */
  | { readonly type: 'set-config'; readonly config: RunConfig }
  | { readonly type: 'play' }
  | { readonly type: 'pause' }
  | { readonly type: 'step'; readonly count: number }
  /**
   * play at full speed (whatever set-speed said) to this step and pause exactly there: a shared link's replay, and
   * Continue training's replay of a recording
   */
  | { readonly type: 'play-until'; readonly step: number }
  /** rebuild the nets from step 0 with this config: the page's, live changes included */
  | { readonly type: 'reset'; readonly config: RunConfig }
  /** SGD updates per animation tick while playing */
  | { readonly type: 'set-speed'; readonly stepsPerTick: number }
  /** a lesson's measurement, taken between two steps (the step under way ends first); answered by `measured` */
  | { readonly type: 'measure'; readonly request: MeasureRequest }
  /** the digit strip of another config's probe set (a recording's, which has predictions but no pixels) */
  | { readonly type: 'strip'; readonly config: RunConfig };

/** A few probe-set samples, sent once per data set, for the digit strip. */
export interface SampleStrip {
  /** count × pixels, bytes 0–255 (synthetic sets: empty) */
  readonly pixels: Uint8Array;
  readonly labels: Uint8Array;
  readonly count: number;
  /** side length of a square image; 0 when the data are not images */
  readonly side: number;
}

export interface NetStatus {
  readonly name: string;
  readonly norm: NormKind;
  readonly lr: number;
  readonly diverged: Divergence | null;
  /** the step of the probe since which the net has been stalled (see ProbeRecord.stalled), null while it learns */
  readonly stalled?: number | null;
  /** last mini-batch loss */
  readonly lastLoss: number;
  /** every learning-rate change as [step, lr], the first at step 0 (NetHistory.lrChanges): what a replay repeats */
  readonly lrChanges: readonly (readonly [number, number])[];
}

export interface RunStatus {
  /** SGD updates done */
  readonly step: number;
  readonly running: boolean;
  /** the run reached config.steps */
  readonly finished: boolean;
  readonly stepsPerSecond: number;
  readonly nets: readonly NetStatus[];
}

/** The worker → the page. */
export type FromWorker =
  | { readonly type: 'loading'; readonly loaded: number; readonly total: number }
  /** the twins are built (after init or a resetting set-config); the page clears its history */
  | {
      readonly type: 'ready';
      readonly config: RunConfig;
      readonly strip: SampleStrip;
      readonly status: RunStatus;
      /** the kernels the nets run on: 'ts' where this browser has no WebAssembly SIMD */
      readonly backend: KernelBackend;
    }
  /** new probes, per net name, in step order; throttled to at most ~30 messages a second */
  | {
      readonly type: 'probes';
      readonly probes: Readonly<Record<string, readonly ProbeRecord[]>>;
      readonly status: RunStatus;
    }
  | { readonly type: 'status'; readonly status: RunStatus }
  /** the history was thinned to stay in its memory budget: keep only these steps */
  | { readonly type: 'thinned'; readonly keptSteps: readonly number[] }
  | { readonly type: 'error'; readonly message: string; readonly fatal: boolean }
  | { readonly type: 'measured'; readonly measurement: Measurement }
  /** the answer to `strip`, with the config it was asked for */
  | { readonly type: 'strip'; readonly config: RunConfig; readonly strip: SampleStrip };

/**
 * The lab worker → the worker of one net, when each net trains in a worker of its own (src/worker/split-host.ts):
 * the page's commands for a one-net config, and run-until: train to this step, then stop and say so (at full
 * speed while the page replays a link, else at most set-speed's steps a tick).
 */
export type ToNetWorker =
  ToWorker | { readonly type: 'run-until'; readonly step: number; readonly fullSpeed?: boolean };

/** The worker of one net → the lab worker: the page's messages, and reached (it stopped at this step). */
export type FromNetWorker = FromWorker | { readonly type: 'reached'; readonly step: number };
