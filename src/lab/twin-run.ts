/**
 * The twin experiment: nets built from one draw of initial weights, stepped in lockstep on the same
 * mini-batches, probed at step 0, every `probeEvery` updates and at the last step. Pure: the worker, the CLI
 * and the tests drive it. Every run replays bit for bit from its config (events included), seeds and lr changes.
 */

import { BatchStream, gatherBatch } from '../data/batch-stream.ts';
import type { Dataset } from '../data/dataset.ts';
import { drawInitialWeights } from '../engine/init.ts';
import type { Backend } from '../engine/kernels.ts';
import { createKernels } from '../engine/wasm-kernels.ts';
import { mulberry32 } from '../engine/rng.ts';
import { drain, type Slices } from '../engine/slices.ts';
import { needsReset } from '../protocol/config-change.ts';
import type { RunConfig, RunEvent } from '../protocol/config.ts';
import type { ProbeRecord, RunHistory } from '../protocol/history.ts';
import type { NetStatus } from '../protocol/messages.ts';
import { netLr, validateConfig } from '../protocol/validate-config.ts';
import { thinHistory } from './history-budget.ts';
import { NetRun } from './net-run.ts';
import { probeNetSlices, type ProbeContext } from './probe.ts';
import { ProbeMeasures } from './probe-measures.ts';
import { probeSet } from './probe-set.ts';

export interface TwinRunOptions {
  /** keep every probe in `history` (default); the worker hands them to the page instead */
  readonly retainProbes?: boolean;
  /** leave the step-0 probe to initialProbeSlices (the worker slices it; else the constructor takes it) */
  readonly deferInitialProbe?: boolean;
  /** multiply-adds per slice of a product in advanceSlices (default: engine/slices.ts); tests make it small */
  readonly sliceMultiplyAdds?: number;
  /** the kernels the nets run on: 'wasm' (the default) where WebAssembly SIMD exists, else 'ts' (engine/kernels.ts) */
  readonly backend?: Backend;
}

export class TwinRun {
  readonly nets: readonly NetRun[];
  readonly history: RunHistory;
  /** test indices of the probe set, in probe order (its first samples feed the digit strip) */
  readonly probeIndices: Int32Array;
  /** train indices of the last step's mini-batch */
  readonly batch: Int32Array;
  /** the config now: the one built with, with the live changes since (see reconfigure) */
  private current: RunConfig;
  private stepCount = 0;
  private readonly stream: BatchStream;
  private readonly x: Float32Array;
  private readonly y: Uint8Array;
  /** the probe set, the training split and what a probe needs to know: on-demand measurements read them too */
  readonly probeContext: ProbeContext;
  private readonly retain: boolean;
  /** the measurements of config.measure, added to each probe */
  private readonly measures: ProbeMeasures;
  private probedAtStart = false;
  /** how many of the config's events have been applied */
  private eventsDone = 0;

  constructor(
    config: RunConfig,
    readonly dataset: Dataset,
    options: TwinRunOptions = {},
  ) {
    this.current = validateConfig(config);
    if (dataset.name !== config.dataset)
      throw new Error(`expected the ${config.dataset} data set, got ${dataset.name}`);
    const { inputSize, classes } = dataset;
    const weights = drawInitialWeights([inputSize, ...config.hidden, classes], config.init, config.initSeed);
    this.nets = config.nets.map(
      (spec) =>
        new NetRun(
          spec.name,
          spec.norm,
          config,
          inputSize,
          classes,
          weights,
          netLr(config, spec),
          createKernels(options.backend ?? 'wasm'),
          options.sliceMultiplyAdds,
        ),
    );
    this.stream = new BatchStream(mulberry32(config.dataSeed), dataset.train.rows, config.batchSize);
    this.batch = new Int32Array(config.batchSize);
    this.x = new Float32Array(config.batchSize * inputSize);
    this.y = new Uint8Array(config.batchSize);
    const probes = probeSet(dataset.test, inputSize, config.probeSize);
    this.probeIndices = probes.indices;
    this.probeContext = {
      probeSet: probes.split,
      train: dataset.train,
      batchSize: config.batchSize,
      activation: config.activation,
    };
    // the shift's fixed batch: the first m probe samples, m the training batch size
    this.measures = new ProbeMeasures({ x: probes.split.x, rows: Math.min(config.batchSize, probes.split.rows) });
    this.retain = options.retainProbes ?? true;
    this.history = {
      version: 2,
      config: this.current,
      backend: this.nets[0].mlp.kernels.name,
      nets: Object.fromEntries(
        this.nets.map((n) => [
          n.name,
          { name: n.name, norm: n.norm, diverged: null, lrChanges: n.lrChanges, probes: [] },
        ]),
      ),
      thinned: 0,
    };
    if (!options.deferInitialProbe) drain(this.initialProbeSlices());
  }

  /** The config the run follows now: history.config is the one it started from, lrChanges the rest. */
  get config(): RunConfig {
    return this.current;
  }

  /** SGD updates done. */
  get step(): number {
    return this.stepCount;
  }

  /** The run reached its last step, or every net diverged. */
  get finished(): boolean {
    return this.stepCount >= this.current.steps || this.nets.every((n) => n.diverged !== null);
  }

  /** The step-0 probes, taken once before any update (by the constructor unless deferred). */
  *initialProbeSlices(): Slices<Readonly<Record<string, ProbeRecord>>> {
    if (this.probedAtStart) throw new Error('the step-0 probe was taken already');
    this.probedAtStart = true;
    return yield* this.probe();
  }

  /** One lockstep update of every live net on the same mini-batch; returns the probes if this step was probed. */
  advance(): Readonly<Record<string, ProbeRecord>> | null {
    return drain(this.advanceSlices());
  }

  /**
   * advance, in slices: the worker runs a huge step across several ticks and answers messages in between.
   * Finish one before starting the next, and change nothing of the run while one is under way.
   */
  *advanceSlices(): Slices<Readonly<Record<string, ProbeRecord>> | null> {
    if (!this.probedAtStart) throw new Error('take the step-0 probe (initialProbeSlices) before the first update');
    if (this.finished) return null;
    this.applyDueEvents();
    this.stream.next(this.batch);
    gatherBatch(this.dataset.train, this.batch, this.x, this.y);
    for (const net of this.nets) {
      if (net.diverged === null) yield* net.trainSlices(this.x, this.y, this.config.batchSize, this.stepCount);
    }
    this.stepCount++;
    this.recordDivergence();
    const due = this.stepCount % this.current.probeEvery === 0 || this.stepCount === this.current.steps;
    return due ? yield* this.probe() : null;
  }

  /**
   * Applies the live fields of a config (learning rates, probe interval, run length) from the next update on, and
   * new events: those due now at once (after this step's probe, as a replay would), the later ones at their step.
   * Anything else needs a new TwinRun (see protocol/config-change.ts), and so does an event before this step.
   */
  reconfigure(config: RunConfig): void {
    const next = validateConfig(config);
    if (needsReset(this.current, next)) throw new Error('this config change needs new nets, not a live change');
    const late = next.events?.slice(this.current.events?.length ?? 0).find((e) => e.step < this.stepCount);
    if (late) throw new Error(`an event at step ${late.step} is before this step, ${this.stepCount}: it needs a reset`);
    const before = this.current;
    this.current = next;
    // a rate the config changes applies now; one it leaves alone stays as events may have set it
    for (const net of this.nets) {
      const spec = next.nets.find((s) => s.name === net.name);
      const was = before.nets.find((s) => s.name === net.name);
      if (spec && (!was || netLr(next, spec) !== netLr(before, was)))
        net.setLearningRate(netLr(next, spec), this.stepCount);
    }
    this.history.config = withEvents(this.history.config, next.events);
    if (this.probedAtStart) this.applyDueEvents();
  }

  status(): NetStatus[] {
    return this.nets.map((n) => n.status());
  }

  /** Every event up to this step not yet applied, in order, on the live nets. */
  private applyDueEvents(): void {
    const events = this.current.events ?? [];
    for (; this.eventsDone < events.length && events[this.eventsDone].step <= this.stepCount; this.eventsDone++) {
      const event = events[this.eventsDone];
      for (const net of this.nets) {
        if (net.diverged !== null) continue;
        if (event.type === 'scale') net.scaleLayer(event.layer, event.factor);
        else if (event.net === undefined || event.net === net.name) net.setLearningRate(event.lr, this.stepCount);
      }
    }
  }

  private recordDivergence(): void {
    for (const net of this.nets) this.history.nets[net.name].diverged = net.diverged;
  }

  private *probe(): Slices<Record<string, ProbeRecord>> {
    const probes: Record<string, ProbeRecord> = {};
    // the batch of the step just taken, still in x and y
    const batch = this.stepCount === 0 ? null : { x: this.x, y: this.y, rows: this.current.batchSize };
    for (const net of this.nets) {
      if (net.diverged !== null) continue;
      const record = yield* probeNetSlices(net, this.stepCount, this.probeContext);
      probes[net.name] = yield* this.measures.addSlices(record, net, this.current, batch);
      if (this.retain) this.history.nets[net.name].probes.push(probes[net.name]);
    }
    if (this.retain) thinHistory(this.history);
    return probes;
  }
}

/** The config with these events, or with no events key when there are none. */
function withEvents(config: RunConfig, events: readonly RunEvent[] = []): RunConfig {
  const { events: _old, ...rest } = config;
  return events.length > 0 ? { ...rest, events } : rest;
}
