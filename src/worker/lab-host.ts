/**
 * The lab behind the worker boundary: turns ToWorker commands into TwinRun calls and posts FromWorker
 * messages, throttled to about 30 a second. Independent of the Worker global, so Node tests drive it.
 */

import type { Dataset } from '../data/dataset.ts';
import type { Slices } from '../engine/slices.ts';
import { datasetFor } from '../lab/dataset-for.ts';
import { needsReset } from '../protocol/config-change.ts';
import { measure } from '../lab/measure.ts';
import type { MeasureRequest } from '../protocol/measurements.ts';
import { STRIP_PREDICTIONS } from '../lab/probe.ts';
import { probeSet } from '../lab/probe-set.ts';
import { TwinRun } from '../lab/twin-run.ts';
import type { RunConfig } from '../protocol/config.ts';
import type { ProbeRecord } from '../protocol/history.ts';
import type { FromNetWorker, RunStatus, SampleStrip, ToNetWorker } from '../protocol/messages.ts';
import { validateConfig } from '../protocol/validate-config.ts';
import { ProbeSteps } from './probe-steps.ts';
import { transferablesOf } from './transferables.ts';

export interface HostEnv {
  post(message: FromNetWorker, transfer: Transferable[]): void;
  loadMnist(url: string, onProgress: (loaded: number, total: number) => void): Promise<Dataset>;
  /** milliseconds, monotonic */
  now(): number;
  /** runs `tick` after `ms` milliseconds */
  schedule(tick: () => void, ms: number): void;
}

/**
 * ~10 messages a second at most: each one changes the page's step counter and so paints a frame, on the cores the
 * nets train on; ten a second reads as smooth and leaves them the time.
 */
const FLUSH_MS = 100;
/** At slow speeds (under 100 steps a tick), one tick every this many ms: about 30 ticks a second. */
const PACE_MS = 33;
/** Time budget of one tick of training, so the worker keeps answering commands. */
const TICK_MS = 30;

export class LabHost {
  private run: TwinRun | null = null;
  /** the step under way when a tick ran out of time: finished by the next ticks before anything else */
  private inflight: Slices<Readonly<Record<string, ProbeRecord>> | null> | null = null;
  /** whether the work under way is an SGD update (not the step-0 probe) */
  private inflightIsStep = false;
  /** a live change that came while a step was under way; applied when it ends */
  private queuedConfig: RunConfig | null = null;
  /** inside advance: an error now leaves the nets half-updated */
  private training = false;
  private mnist: Dataset | null = null;
  private dataUrl = '';
  private playing = false;
  private ticking = false;
  private stepsPerTick = 1000;
  private pending: Record<string, ProbeRecord[]> = {};
  private probeSteps = new ProbeSteps();
  private lastFlush = -Infinity;
  private rate = { step: 0, time: 0, perSecond: 0 };
  /**
   * Where training stops: run-until's step, after which the host says `reached` (one net's worker of a SplitHost),
   * or play-until's (the page replaying a link). fullSpeed: as many steps a tick as fit in its time, whatever
   * set-speed said.
   */
  private until: { readonly step: number; readonly report: boolean; readonly fullSpeed: boolean } | null = null;

  constructor(
    private readonly env: HostEnv,
    private readonly runOptions: {
      readonly sliceMultiplyAdds?: number;
      /** false leaves thinning the history to whoever merges this host's probes with others' (SplitHost) */
      readonly thin?: boolean;
    } = {},
  ) {}

  async handle(message: ToNetWorker): Promise<void> {
    try {
      await this.dispatch(message);
    } catch (error) {
      this.fail(error);
    }
  }

  /**
   * An error stops training. A run that threw while training is half-way through an update, so it is dropped and
   * the error is fatal (the page offers Restart); a refused command leaves the run as it was.
   */
  private fail(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    const during = this.inflight !== null || this.training;
    this.playing = false;
    this.training = false;
    this.inflight = null;
    if (during) this.run = null;
    const text = during ? `Training stopped: ${message}` : message;
    this.env.post({ type: 'error', message: text, fatal: this.run === null }, []);
  }

  private async dispatch(message: ToNetWorker): Promise<void> {
    switch (message.type) {
      case 'run-until':
        return this.playUntil({ step: message.step, report: true, fullSpeed: message.fullSpeed === true });
      case 'play-until':
        return this.playUntil({ step: message.step, report: false, fullSpeed: true });
      case 'init':
        this.dataUrl = message.dataUrl;
        return this.build(validateConfig(message.config));
      case 'set-config':
        return this.setConfig(validateConfig(message.config));
      case 'play':
        this.playing = true;
        this.until = null;
        return this.startTicking();
      case 'pause':
        // a step under way is finished by the ticks already scheduled, then training stops
        this.playing = false;
        this.until = null;
        return this.flush(true);
      case 'step':
        this.playing = false;
        this.until = null;
        // an update under way counts as the first of the steps asked for
        this.advance(Math.max(1, Math.floor(message.count)) - (this.inflightIsStep ? 1 : 0), Infinity);
        return this.flush(true);
      case 'reset':
        return this.build(validateConfig(message.config));
      case 'set-speed':
        this.stepsPerTick = Math.max(1, message.stepsPerTick);
        return;
      case 'measure':
        return this.measure(message.request);
      case 'strip':
        return this.sendStrip(validateConfig(message.config));
    }
  }

  private async build(config: RunConfig): Promise<void> {
    this.playing = false;
    const dataset = datasetFor(config, config.dataset === 'mnist' ? await this.mnistData() : this.mnist);
    this.until = null;
    this.run = new TwinRun(config, dataset, {
      sliceMultiplyAdds: this.runOptions.sliceMultiplyAdds,
      retainProbes: false,
      deferInitialProbe: true,
    });
    this.inflight = this.run.initialProbeSlices();
    this.inflightIsStep = false;
    this.queuedConfig = null;
    this.pending = {};
    this.probeSteps = new ProbeSteps();
    this.rate = { step: 0, time: this.env.now(), perSecond: 0 };
    this.env.post(
      {
        type: 'ready',
        config,
        strip: stripOf(dataset, this.run.probeIndices.subarray(0, STRIP_PREDICTIONS)),
        status: this.status(),
        backend: this.run.history.backend,
      },
      [],
    );
    // the step-0 probe: at once for a small net, over several ticks for a huge one
    this.advance(0, this.env.now() + TICK_MS);
    this.flush(true);
    if (this.inflight) this.startTicking();
  }

  /** MNIST, loaded on first use. */
  private async mnistData(): Promise<Dataset> {
    this.mnist ??= await this.env.loadMnist(this.dataUrl, (loaded, total) =>
      this.env.post({ type: 'loading', loaded, total }, []),
    );
    return this.mnist;
  }

  /** The strip a run of this config would show: the first samples of its probe set, as TwinRun picks them. */
  private async sendStrip(config: RunConfig): Promise<void> {
    const dataset = datasetFor(config, config.dataset === 'mnist' ? await this.mnistData() : null);
    const { indices } = probeSet(dataset.test, dataset.inputSize, config.probeSize);
    this.env.post({ type: 'strip', config, strip: stripOf(dataset, indices.subarray(0, STRIP_PREDICTIONS)) }, []);
  }

  private async setConfig(config: RunConfig): Promise<void> {
    if (!this.run || needsReset(this.run.config, config)) return this.build(config);
    if (this.inflight) this.queuedConfig = config;
    else this.run.reconfigure(config);
    this.flush(true);
  }

  /** A measurement reads the nets between two steps, so the step under way ends first. */
  private measure(request: MeasureRequest): void {
    if (!this.run) return;
    this.advance(0, Infinity);
    this.env.post({ type: 'measured', measurement: measure(this.run, request) }, []);
  }

  private playUntil(until: NonNullable<LabHost['until']>): void {
    this.until = until;
    this.playing = true;
    this.startTicking();
  }

  private startTicking(): void {
    if (this.ticking) return;
    this.ticking = true;
    this.env.schedule(() => this.tick(), 0);
  }

  private tick(): void {
    try {
      this.tickOnce();
    } catch (error) {
      this.fail(error);
    }
  }

  private tickOnce(): void {
    this.ticking = false;
    const run = this.run;
    if ((!this.playing && !this.inflight) || !run) return;
    const until = this.until;
    const left = until === null ? Infinity : until.step - run.step - (this.inflightIsStep ? 1 : 0);
    const perTick = until?.fullSpeed ? Infinity : this.stepsPerTick;
    this.advance(this.playing ? Math.max(0, Math.min(perTick, left)) : 0, this.env.now() + TICK_MS);
    const reached = until !== null && !this.inflight && (run.step >= until.step || run.finished);
    if (run.finished || reached) this.playing = false;
    if (reached) this.until = null;
    this.flush(!this.playing);
    if (reached && until.report) this.env.post({ type: 'reached', step: run.step }, []);
    if (this.playing || this.inflight) {
      this.ticking = true;
      this.env.schedule(() => this.tick(), perTick >= 100 ? 0 : PACE_MS);
    }
  }

  /**
   * Finishes the step under way, then up to `count` more lockstep updates, stopping at `deadline`, if need be in
   * the middle of a step (it goes on at the next tick).
   */
  private advance(count: number, deadline: number): void {
    const run = this.run;
    if (!run) return;
    this.training = true;
    for (let started = 0; this.inflight || (started < count && !run.finished);) {
      if (!this.inflight) {
        this.inflight = run.advanceSlices();
        this.inflightIsStep = true;
        started++;
      }
      const slice = this.inflight.next();
      if (slice.done) this.endStep(slice.value);
      if (this.env.now() >= deadline) break;
    }
    this.training = false;
  }

  private endStep(probes: Readonly<Record<string, ProbeRecord>> | null): void {
    this.inflight = null;
    this.inflightIsStep = false;
    this.collect(probes);
    if (this.queuedConfig) this.run?.reconfigure(this.queuedConfig);
    this.queuedConfig = null;
  }

  private collect(probes: Readonly<Record<string, ProbeRecord>> | null): void {
    if (!probes) return;
    for (const [name, record] of Object.entries(probes)) (this.pending[name] ??= []).push(record);
    const step = Object.values(probes)[0]?.step;
    if (step !== undefined) this.probeSteps.add(step);
  }

  private flush(force: boolean): void {
    const now = this.env.now();
    if (!force && now - this.lastFlush < FLUSH_MS) return;
    this.lastFlush = now;
    const status = this.status();
    const probes = this.pending;
    this.pending = {};
    if (Object.keys(probes).length > 0) {
      this.env.post({ type: 'probes', probes, status }, transferablesOf(probes));
      if (this.runOptions.thin !== false) this.thin();
    } else {
      this.env.post({ type: 'status', status }, []);
    }
  }

  /** The page holds the history; the worker tells it which older steps to drop to stay in budget. */
  private thin(): void {
    const keptSteps = this.probeSteps.thin();
    if (keptSteps !== null) this.env.post({ type: 'thinned', keptSteps }, []);
  }

  private status(): RunStatus {
    const run = this.run;
    const now = this.env.now();
    if (run && now - this.rate.time >= 500) {
      this.rate = {
        step: run.step,
        time: now,
        perSecond: ((run.step - this.rate.step) * 1000) / (now - this.rate.time),
      };
    }
    return {
      step: run?.step ?? 0,
      running: this.playing,
      finished: run?.finished ?? false,
      stepsPerSecond: this.playing ? this.rate.perSecond : 0,
      nets: run?.status() ?? [],
    };
  }
}

/** The first probe-set samples as bytes, for the digit strip (synthetic sets: labels only). */
function stripOf(dataset: Dataset, indices: Int32Array): SampleStrip {
  const count = indices.length;
  const labels = Uint8Array.from(indices, (i) => dataset.test.y[i]);
  if (!dataset.image) return { pixels: new Uint8Array(0), labels, count, side: 0 };
  const { side, test } = dataset.image;
  const size = side * side;
  const pixels = new Uint8Array(count * size);
  indices.forEach((from, to) => pixels.set(test.subarray(from * size, (from + 1) * size), to * size));
  return { pixels, labels, count, side };
}
