/**
 * One worker per net, on separate cores. The lab worker becomes a coordinator: each net trains in a worker of its
 * own (a LabHost with a one-net config), and SplitHost merges what they say into the messages one LabHost would
 * send, so the page cannot tell the difference. Every net's worker draws the same initial weights and the same
 * seeded batches, so each net computes the very bits it would in a single worker (tests/worker/split-host.test.ts).
 *
 * Lockstep: the nets train in windows that end at the next probe (or after one tick's worth of steps, at slow
 * speeds). A pause, a live change, a step or a measurement cuts the window short: every net stops after the step
 * it is in, those behind catch up with the one ahead, and only then does the command apply, so every net sees it at
 * the same step. No SharedArrayBuffer: the static hosts the lab is served from send no COOP/COEP headers.
 */

import { needsReset } from '../protocol/config-change.ts';
import { normalises, oneNetConfig, type RunConfig } from '../protocol/config.ts';
import type { KernelBackend, ProbeRecord } from '../protocol/history.ts';
import type { Measurement, MeasureRequest } from '../protocol/measurements.ts';
import type { FromNetWorker, FromWorker, RunStatus, SampleStrip, ToNetWorker, ToWorker } from '../protocol/messages.ts';
import { validateConfig } from '../protocol/validate-config.ts';
import { ProbeSteps } from './probe-steps.ts';
import { transferablesOf } from './transferables.ts';

/** The lab worker's end of one net's worker. */
interface NetWorkerPort {
  post(message: ToNetWorker): void;
  terminate(): void;
}

export interface SplitEnv {
  post(message: FromWorker, transfer: Transferable[]): void;
  /** a worker for one net; its messages go to onMessage */
  spawn(onMessage: (message: FromNetWorker) => void): NetWorkerPort;
  /** milliseconds, monotonic */
  now(): number;
}

interface NetWorker {
  readonly port: NetWorkerPort;
  status: RunStatus | null;
  ready: { readonly strip: SampleStrip; readonly backend: KernelBackend } | null;
  /** the step it stopped at, after a run-until; null while it trains */
  reached: number | null;
  measured: Measurement | null;
}

/** ~10 status messages a second at most, as LabHost. */
const FLUSH_MS = 100;

export class SplitHost {
  private workers: NetWorker[] = [];
  private config: RunConfig | null = null;
  private dataUrl = '';
  private playing = false;
  private stepsPerTick = 1000;
  /** the step every net is training to; null while they stand at one step */
  private goal: number | null = null;
  /**
   * the window under way is steps the page asked for (Step), not playing: it is never cut short, since nets that
   * had not begun it would stop where they stand and the step would be lost
   */
  private stepping = false;
  /** play-until's step: playing stops there, and the windows up to it go at full speed */
  private until: number | null = null;
  /** commands that wait for the nets to stand at one step */
  private waiting: ToWorker[] = [];
  /**
   * a measurement under way; for the regularizer without a digit, first the request to the net that chooses it,
   * then (chosen) the answer that names it and its candidates
   */
  private measuring: { readonly followUp: MeasureRequest | null; readonly chosen?: Measurement } | null = null;
  /** per net name, the probes not yet sent: a step goes out once every net has its record */
  private queued: Record<string, ProbeRecord[]> = {};
  private probeSteps = new ProbeSteps();
  private lastStatus = -Infinity;
  private rate = { step: 0, time: 0, perSecond: 0 };

  constructor(private readonly env: SplitEnv) {}

  handle(message: ToWorker): void {
    switch (message.type) {
      case 'init':
        this.dataUrl = message.dataUrl;
        return this.build(validateConfig(message.config));
      case 'reset':
        return this.build(validateConfig(message.config));
      case 'set-config': {
        const config = validateConfig(message.config);
        if (!this.config || needsReset(this.config, config)) return this.build(config);
        return this.whenStanding({ type: 'set-config', config });
      }
      case 'play':
      case 'play-until':
        this.playing = true;
        this.until = message.type === 'play-until' ? message.step : null;
        // a window under way that would pass the stop is cut short
        if (this.until !== null && this.goal !== null && this.goal > this.until) this.interrupt();
        this.postStatus(true);
        return this.runWaiting();
      case 'pause':
        this.playing = false;
        this.until = null;
        this.interrupt();
        return this.postStatus(true);
      case 'step':
        this.playing = false;
        this.until = null;
        return this.whenStanding(message);
      case 'set-speed':
        this.stepsPerTick = Math.max(1, message.stepsPerTick);
        return this.workers.forEach((w) => w.port.post(message));
      case 'measure':
        return this.whenStanding(message);
      case 'strip':
        // any net's worker has the data; its answer goes to the page as it is
        return this.workers[0]?.port.post(message);
    }
  }

  /** One worker per net (reusing the ones there are), each building its net from the one-net config. */
  private build(config: RunConfig): void {
    while (this.workers.length > config.nets.length) this.workers.pop()?.port.terminate();
    while (this.workers.length < config.nets.length) {
      const i = this.workers.length;
      const port = this.env.spawn((message) => this.receive(i, message));
      this.workers.push({ port, status: null, ready: null, reached: null, measured: null });
    }
    this.config = config;
    this.playing = false;
    this.goal = null;
    this.until = null;
    this.waiting = [];
    this.measuring = null;
    this.queued = Object.fromEntries(config.nets.map((n) => [n.name, []]));
    this.probeSteps = new ProbeSteps();
    this.rate = { step: 0, time: this.env.now(), perSecond: 0 };
    this.workers.forEach((w, i) => {
      Object.assign(w, { status: null, ready: null, reached: null, measured: null });
      w.port.post({ type: 'set-speed', stepsPerTick: this.stepsPerTick });
      w.port.post({ type: 'init', config: oneNetConfig(config, i), dataUrl: this.dataUrl });
    });
  }

  private whenStanding(message: ToWorker): void {
    this.waiting.push(message);
    this.interrupt();
    this.runWaiting();
  }

  /** Cuts the window under way short: every net stops after the step it is in (run-until 0) and says where. */
  private interrupt(): void {
    if (this.goal === null || this.stepping) return;
    for (const w of this.workers) if (w.reached === null) w.port.post({ type: 'run-until', step: 0 });
  }

  /** While the nets stand at one step: the commands that waited, in order; then the next window if playing. */
  private runWaiting(): void {
    const config = this.config;
    if (!config || !this.allReady()) return;
    while (this.goal === null && this.measuring === null) {
      const message = this.waiting.shift();
      if (message === undefined) break;
      if (message.type === 'set-config') {
        this.config = message.config;
        this.workers.forEach((w, i) => w.port.post({ type: 'set-config', config: oneNetConfig(message.config, i) }));
      } else if (message.type === 'step') {
        this.runTo(Math.min(config.steps, this.step + Math.max(1, Math.floor(message.count))), true);
      } else if (message.type === 'measure') {
        this.measure(message.request);
      }
    }
    if (this.goal !== null || this.measuring !== null || !this.playing) return;
    const step = this.step;
    const nextProbe = (Math.floor(step / config.probeEvery) + 1) * config.probeEvery;
    const goal = Math.min(config.steps, nextProbe, this.until ?? step + this.stepsPerTick);
    if (goal > step) this.runTo(goal);
    else {
      this.playing = false;
      this.until = null;
      this.postStatus(true);
    }
  }

  private runTo(goal: number, stepping = false): void {
    this.goal = goal;
    this.stepping = stepping;
    for (const w of this.workers) {
      w.reached = null;
      w.port.post({ type: 'run-until', step: goal, fullSpeed: this.until !== null });
    }
  }

  /**
   * Every net measures itself; the regularizer's digit, when not given, is chosen by the net the one-worker
   * measurement chooses it by (the first live net that normalises, else the first live one), then measured in all.
   */
  private measure(request: MeasureRequest): void {
    this.workers.forEach((w) => (w.measured = null));
    if (request.kind === 'regularizer' && request.digit === null) {
      const nets = this.workers.flatMap((w) => w.status?.nets ?? []);
      const live = nets.flatMap((n, i) => (n.diverged === null ? [{ n, i }] : []));
      const chooser = (live.find(({ n }) => normalises(n.norm)) ?? live[0])?.i ?? 0;
      this.measuring = { followUp: request };
      this.workers[chooser].port.post({ type: 'measure', request });
      return;
    }
    this.measuring = { followUp: null };
    this.workers.forEach((w) => w.port.post({ type: 'measure', request }));
  }

  private receive(i: number, message: FromNetWorker): void {
    const worker = this.workers[i];
    if (worker === undefined) return;
    switch (message.type) {
      case 'loading':
        if (i === 0) this.env.post(message, []);
        return;
      case 'ready':
        worker.status = message.status;
        worker.ready = { strip: message.strip, backend: message.backend };
        return this.onReady();
      case 'probes':
        worker.status = message.status;
        for (const [name, records] of Object.entries(message.probes)) (this.queued[name] ??= []).push(...records);
        return this.sendProbes();
      case 'status':
        worker.status = message.status;
        return this.postStatus(false);
      case 'thinned':
        return;
      case 'error':
        if (message.fatal) {
          this.playing = false;
          this.goal = null;
          this.until = null;
          this.waiting = [];
          this.measuring = null;
        }
        return this.env.post(message, []);
      case 'measured':
        worker.measured = message.measurement;
        return this.onMeasured();
      case 'strip':
        return this.env.post(message, []);
      case 'reached':
        worker.reached = message.step;
        return this.onReached();
    }
  }

  /** Once every net has stopped: those behind catch up with the one ahead (after an interrupt), else they stand. */
  private onReached(): void {
    const steps = this.workers.map((w) => w.reached);
    if (steps.some((s) => s === null)) return;
    const ahead = Math.max(...(steps as number[]));
    if (steps.some((s) => s !== ahead)) return this.runTo(ahead, this.stepping);
    this.goal = null;
    this.sendProbes();
    this.postStatus(true);
    this.runWaiting();
  }

  private allReady(): boolean {
    return this.workers.length > 0 && this.workers.every((w) => w.ready !== null);
  }

  private onReady(): void {
    const config = this.config;
    const first = this.workers[0].ready;
    if (!config || !first || !this.allReady()) return;
    this.env.post({ type: 'ready', config, strip: first.strip, status: this.status(), backend: first.backend }, []);
    this.sendProbes();
    this.runWaiting();
  }

  private onMeasured(): void {
    const parts = this.workers.flatMap((w) => (w.measured ? [w.measured] : []));
    const followUp = this.measuring?.followUp;
    if (followUp && parts.length === 1 && parts[0].kind === 'regularizer') {
      // the chooser's answer names the digit; now the others measure that one
      const digit = parts[0].candidates[0]?.index;
      this.measuring = { followUp: null, chosen: parts[0] };
      if (digit !== undefined) {
        const rest = this.workers.filter((w) => w.measured === null);
        rest.forEach((w) => w.port.post({ type: 'measure', request: { kind: 'regularizer', digit } }));
        if (rest.length > 0) return;
      }
    } else if (parts.length < this.workers.length) return;
    const chosen = this.measuring?.chosen;
    this.measuring = null;
    this.env.post({ type: 'measured', measurement: mergeMeasurements(chosen ? [chosen, ...parts] : parts) }, []);
    this.runWaiting();
  }

  /** The probes of every step that each net has reached, in step order, as one message. */
  private sendProbes(): void {
    const config = this.config;
    if (!config || !this.allReady()) return;
    const names = config.nets.map((n) => n.name);
    const count = Math.min(...names.map((name) => this.queued[name]?.length ?? 0));
    if (count === 0) return;
    const probes = Object.fromEntries(names.map((name) => [name, this.queued[name].splice(0, count)]));
    for (const record of probes[names[0]]) this.probeSteps.add(record.step);
    this.env.post({ type: 'probes', probes, status: this.status() }, transferablesOf(probes));
    const keptSteps = this.probeSteps.thin();
    if (keptSteps !== null) this.env.post({ type: 'thinned', keptSteps }, []);
  }

  private postStatus(force: boolean): void {
    const now = this.env.now();
    if (!this.allReady() || (!force && now - this.lastStatus < FLUSH_MS)) return;
    this.lastStatus = now;
    this.env.post({ type: 'status', status: this.status() }, []);
  }

  /** The step every net has done. */
  private get step(): number {
    return Math.min(...this.workers.map((w) => w.status?.step ?? 0));
  }

  private status(): RunStatus {
    const step = this.step;
    const now = this.env.now();
    if (now - this.rate.time >= 500) {
      this.rate = { step, time: now, perSecond: ((step - this.rate.step) * 1000) / (now - this.rate.time) };
    }
    return {
      step,
      running: this.playing,
      finished: this.workers.every((w) => w.status?.finished ?? false),
      stepsPerSecond: this.playing ? this.rate.perSecond : 0,
      nets: this.workers.flatMap((w) => w.status?.nets ?? []),
    };
  }
}

/**
 * One measurement of every net from each net's own: the same step and settings, the nets' results side by side,
 * and the first part's own fields (the regularizer's candidates: the chooser's).
 */
function mergeMeasurements(parts: readonly Measurement[]): Measurement {
  const [first] = parts;
  const nets = Object.assign({}, ...parts.map((p) => p.result.nets));
  switch (first.kind) {
    case 'scale':
      return { ...first, result: { ...first.result, nets } };
    case 'inference':
      return { ...first, result: { ...first.result, nets } };
    case 'regularizer':
      return { ...first, result: { ...first.result, nets } };
  }
}
