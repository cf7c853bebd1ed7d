/**
 * The shape of the one lab store: a config, a run, a history, a ui, a measure and a recording slice, plus the
 * message router.
 */

import type { ActivationName, DatasetName, InitSpec, MeasureFlags, NormKind, RunConfig } from '../protocol/config.ts';
import type { KernelBackend, ProbeRecord, RunHistory } from '../protocol/history.ts';
import type { Measurement, MeasureRequest } from '../protocol/measurements.ts';
import type { FromWorker, RunStatus, SampleStrip, ToWorker } from '../protocol/messages.ts';
import type { SpawnSweepWorker } from '../protocol/sweep-pool.ts';
import type { SweepPlan, SweepRequest, SweepRunResult } from '../protocol/sweep.ts';
import type { StateCreator, StoreApi } from 'zustand/vanilla';

/** Where the store sends its commands: the worker connection in the app, a fake in tests. */
export interface LabPort {
  send(msg: ToWorker): void;
  /** terminate the worker and start a fresh one with the store's config */
  restart(): void;
}

/** Sides are indices into config.nets: 0 is the left column (plain by default), 1 the right (BN). */
export interface ConfigSlice {
  config: RunConfig;
  /** the preset (scene) the config started from */
  presetName: string;
  /** one learning rate for every side (config.lr) rather than one per side (net.lr) */
  lrLinked: boolean;
  /** SGD updates per animation tick while playing */
  speed: number;
  /** a structural change or reset was sent and its `ready` has not come back yet */
  resetPending: boolean;
  /** validates, stores and sends the config; false (and a notice) when it is invalid */
  setConfig(config: RunConfig): boolean;
  /** The edits below return setConfig's answer: false when the config was refused (a notice says why). */
  setLearningRate(lr: number, side?: number): boolean;
  setLinked(linked: boolean): void;
  toggleBn(side: number): boolean;
  setNetKind(side: number, norm: NormKind): boolean;
  /** one more net on the right (at most four) */
  addNet(norm: NormKind): boolean;
  removeNet(side: number): boolean;
  setHidden(widths: readonly number[]): boolean;
  setActivation(activation: ActivationName): boolean;
  setInit(init: InitSpec): boolean;
  setBatchSize(batchSize: number): boolean;
  setDataset(dataset: DatasetName): boolean;
  setSeeds(seeds: { readonly initSeed?: number; readonly dataSeed?: number }): boolean;
  setProbeEvery(steps: number): boolean;
  setSteps(steps: number): boolean;
  /** one of the critique's per-probe measurements on or off; applies live */
  setMeasure(name: keyof MeasureFlags, on: boolean): boolean;
  setSpeed(stepsPerTick: number): void;
  loadPreset(name: string): void;
}

interface LabError {
  readonly message: string;
  /** the worker is gone: only restartWorker helps */
  readonly fatal: boolean;
}

export interface RunSlice {
  status: RunStatus;
  /** the twins are built (a `ready` came since the last (re)start) */
  ready: boolean;
  loading: { readonly loaded: number; readonly total: number } | null;
  error: LabError | null;
  /** a message for the user that is not an error, e.g. a link that could not be used */
  notice: string | null;
  /**
   * A link's stop, from opening the link until the user plays on, steps, resets or changes the config: the page
   * replays the run to `step` at full speed (the worker connection asks for it after init), pauses there and then
   * shows `scrub`; `reached` once it has.
   */
  replay: (LinkStop & { readonly reached: boolean }) | null;
  play(): void;
  pause(): void;
  togglePlay(): void;
  step(count?: number): void;
  reset(): void;
  restartWorker(): void;
  dismissError(): void;
  showNotice(message: string): void;
  dismissNotice(): void;
}

export interface HistorySlice {
  /** per net name, in step order */
  probes: Readonly<Record<string, readonly ProbeRecord[]>>;
  strip: SampleStrip | null;
  /** the kernels the worker runs (null until it is ready): the page says when they are the TypeScript fallback */
  backend: KernelBackend | null;
  /** the step the scrubber freezes the charts at; null = follow live */
  scrubStep: number | null;
  setScrubStep(step: number | null): void;
  followLive(): void;
  /** move the scrubber by this many recorded probes (negative = back); past the last one = live */
  scrubBy(probes: number): void;
}

export type RidgelineMode = 'ridge' | 'overlay';
export type BnView = 'normalized' | 'raw';
/** BN in the distribution charts: normalising the probe set by its own batch statistics, or by the running ones. */
export type StatsMode = 'batch' | 'inference';

export interface UiSlice {
  presenter: boolean;
  helpOpen: boolean;
  /** the top bar's Export menu */
  exportOpen: boolean;
  /** the Share dialog, with the link to the run as it is now */
  shareOpen: boolean;
  /** the full-screen QR code of that link */
  qrOpen: boolean;
  /** 0-based hidden layer shown in the percentile chart */
  selectedLayer: number;
  /** 0-based unit of that layer */
  selectedUnit: number;
  ridgeline: RidgelineMode;
  bnView: BnView;
  statsMode: StatsMode;
  /** the loss & accuracy row also shows the normalising nets' accuracy with population and batch statistics */
  bnDetail: boolean;
  sidebarCollapsed: boolean;
  /** the scene's lesson drawer folded to its tab */
  lessonCollapsed: boolean;
  setPresenter(on: boolean): void;
  togglePresenter(): void;
  setHelpOpen(open: boolean): void;
  toggleHelp(): void;
  setExportOpen(open: boolean): void;
  setShareOpen(open: boolean): void;
  setQrOpen(open: boolean): void;
  toggleQr(): void;
  selectLayer(layer: number): void;
  selectUnit(unit: number): void;
  setRidgeline(mode: RidgelineMode): void;
  setBnView(view: BnView): void;
  setStatsMode(mode: StatsMode): void;
  setBnDetail(on: boolean): void;
  setSidebarCollapsed(collapsed: boolean): void;
  toggleSidebar(): void;
  setLessonCollapsed(collapsed: boolean): void;
}

/** The view a link carries (url-state.ts): what the charts show, which panels are open, presenter mode. */
export type LinkView = Pick<
  UiSlice,
  | 'selectedLayer'
  | 'selectedUnit'
  | 'ridgeline'
  | 'bnView'
  | 'statsMode'
  | 'bnDetail'
  | 'sidebarCollapsed'
  | 'lessonCollapsed'
  | 'presenter'
>;

/** Where a link stops: the step its replay pauses at, and the step the timeline then shows (null: live). */
export interface LinkStop {
  readonly step: number;
  readonly scrub: number | null;
}

export interface MessageSlice {
  /** apply one worker message in a single update */
  receive(msg: FromWorker): void;
}

/** The latest measurement of each kind, for the run on screen. */
type Measurements = Partial<{ readonly [K in Measurement['kind']]: Extract<Measurement, { kind: K }> }>;

export interface MeasureSlice {
  /** cleared when new nets are built */
  measurements: Measurements;
  /** kinds asked for and not answered yet */
  measuring: readonly Measurement['kind'][];
  measure(request: MeasureRequest): void;
  /**
   * The scale scene's Apply: from the step the run is paused at, W of hidden layer `layer` (1-based) × factor, and
   * BN's running statistics with it; a config event, so links and replays repeat it. False while running.
   */
  applyScale(layer: number, factor: number): boolean;
}

/** Where the page runs a learning-rate sweep: background workers of its own, apart from the lab's. */
export interface SweepPort {
  readonly spawn: SpawnSweepWorker;
  /** how many workers at most */
  readonly workers: number;
  /** where a worker fetches MNIST */
  readonly dataUrl: string;
}

type SweepStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export interface SweepState {
  readonly status: SweepStatus;
  /** the sweep under way or last run; null before the first */
  readonly plan: SweepPlan | null;
  /** per job of the plan, in its order: null until that run has finished */
  readonly results: readonly (SweepRunResult | null)[];
  /** SGD updates done, over every run */
  readonly stepsDone: number;
  /** why the sweep could not start or failed */
  readonly error: string | null;
}

/** The learning-rate sweep: it never touches the lab's run, its nets or its history. */
export interface SweepSlice {
  sweep: SweepState;
  /** starts a sweep of the page's config (a running one is cancelled first); false, with sweep.error, if invalid */
  startSweep(request: SweepRequest): boolean;
  /** stops every sweep worker; the results so far stay */
  cancelSweep(): void;
}

/**
 * The fields of the run on screen. While a recording is shown they hold the recording's, so that every chart, the
 * scrubber and the digit strip read it as they read a live run, and the live run's own wait in `recording.live`.
 */
export type RunFields = Pick<
  LabState,
  | 'config'
  | 'presetName'
  | 'lrLinked'
  | 'resetPending'
  | 'probes'
  | 'strip'
  | 'backend'
  | 'status'
  | 'scrubStep'
  | 'measurements'
>;

/** A saved or precomputed run on screen instead of the live one. */
export interface Recording {
  /** the file's name, e.g. `paper-fig1.json.gz` */
  readonly name: string;
  readonly history: RunHistory;
  /** where it was fetched from, relative to the page (`?run=` keeps it in the address); null for a file */
  readonly url: string | null;
  /** the live run, untouched while the recording is shown: the worker's messages update it */
  readonly live: RunFields;
  /** Continue training under way: the worker replays the recording to step `to` (`started` once it is rebuilt) */
  readonly replay: { readonly to: number; readonly started: boolean } | null;
}

/** Where a recording came from: its name, the URL it was fetched from, the preset (scene) it is a run of. */
export interface RecordingSource {
  readonly name: string;
  readonly url?: string;
  readonly presetName?: string;
}

export interface RecordingSlice {
  /** the recording on screen, or null for the live run */
  recording: Recording | null;
  /** shows a recording (pausing the live run, which waits untouched) */
  openRecording(history: RunHistory, source: RecordingSource): void;
  /** Back to my run: the live run as it was (during Continue training's replay: where the replay got to) */
  leaveRecording(): void;
  /** replays the recording from step 0 at full speed to its last step, then trains on live from there */
  continueRecording(): void;
}

export type LabState = ConfigSlice &
  RunSlice &
  HistorySlice &
  UiSlice &
  MeasureSlice &
  SweepSlice &
  RecordingSlice &
  MessageSlice;
export type LabStore = StoreApi<LabState>;
export type LabSlice<T> = StateCreator<LabState, [], [], T>;

/** What a store may start from (e.g. a shared link). */
export interface LabInitial {
  readonly config?: RunConfig;
  readonly presetName?: string;
  readonly notice?: string | null;
  /** over the config's default view */
  readonly view?: Partial<LinkView>;
  /** replay to this step and pause there */
  readonly stop?: LinkStop | null;
}
