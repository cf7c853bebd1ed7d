/** One network of the experiment: its weights, optimiser, learning rate, divergence and per-step statistics. */

import { RunningMeans } from '../diagnostics/running-mean.ts';
import type { Floats } from '../engine/floats.ts';
import type { InitialWeights } from '../engine/init.ts';
import type { Kernels } from '../engine/kernels.ts';
import { createMlp, type Mlp } from '../engine/mlp.ts';
import { deriveSeed } from '../engine/rng.ts';
import { Sgd } from '../engine/sgd.ts';
import { drain, type Slices } from '../engine/slices.ts';
import type { NormKind, RunConfig } from '../protocol/config.ts';
import type { Divergence } from '../protocol/history.ts';
import type { NetStatus } from '../protocol/messages.ts';

/** A net is stalled while its last STALL_PROBES test accuracies all lie within STALL_BAND of chance. */
const STALL_PROBES = 5;
const STALL_BAND = 0.02;
/** accuracies are fractions k/n: 0.08 − 0.1 must count as 2 points, not 2.0000000000000004 */
const BAND_SLACK = 1e-9;
/** 'nois': the tag of the training noise stream of noisy-bn nets */
const NOISE_TAG = 0x6e6f6973;

/**
 * The seed of a noisy-bn net's noise stream: deriveSeed('nois', init seed, data seed). Every noisy-bn net of a run
 * draws the same noise, as every net sees the same batches, and no other stream changes when one is added.
 */
function noiseSeedOf(config: RunConfig): number {
  return deriveSeed(NOISE_TAG, config.initSeed, config.dataSeed);
}

export class NetRun {
  readonly mlp: Mlp;
  private readonly sgd: Sgd;
  private lrNow: number;
  diverged: Divergence | null = null;
  /** mini-batch loss of the last step, taken before its update */
  lastLoss = Number.NaN;
  /** every lr change as [step, lr], the first at step 0 */
  readonly lrChanges: [number, number][];
  private readonly trainLoss = new RunningMeans(['loss']);
  /** per hidden layer: mean ‖∂L/∂p‖ and ‖Δp‖/‖p‖ by parameter role (W, b, gamma, beta) */
  private readonly gradNorms: RunningMeans[];
  private readonly updateRatios: RunningMeans[];
  /** ‖∂L/∂p‖², ‖Δp‖² and ‖p‖² after the last update, three per parameter, filled by Sgd.step */
  private readonly sgdNorms: Float64Array;
  /** test accuracies of the last STALL_PROBES probes, oldest first */
  private readonly recentAccuracies: number[] = [];
  /** the step of the probe since which the net has been stalled, null while it learns */
  private stalledSince: number | null = null;

  constructor(
    readonly name: string,
    readonly norm: NormKind,
    config: RunConfig,
    inputSize: number,
    private readonly classes: number,
    weights: InitialWeights,
    lr: number,
    kernels: Kernels,
    sliceMultiplyAdds?: number,
  ) {
    this.mlp = createMlp(
      {
        inputSize,
        hidden: config.hidden,
        outputSize: classes,
        activation: config.activation,
        norm,
        rowCapacity: config.batchSize,
        kernels,
        sliceMultiplyAdds,
        noiseSeed: norm === 'noisy-bn' ? noiseSeedOf(config) : undefined,
      },
      weights,
    );
    this.sgd = new Sgd(this.mlp.params(), { momentum: config.momentum, kernels: this.mlp.kernels });
    this.sgdNorms = new Float64Array(3 * this.mlp.params().length);
    this.lrNow = lr;
    this.lrChanges = [[0, lr]];
    const roles = (l: number) => this.mlp.hidden[l].params.map((p) => p.role);
    this.gradNorms = this.mlp.hidden.map((_, l) => new RunningMeans(roles(l)));
    this.updateRatios = this.mlp.hidden.map((_, l) => new RunningMeans(roles(l)));
  }

  get lr(): number {
    return this.lrNow;
  }

  /**
   * Applies from the next update on; recorded so the run can be replayed. Changes at one step (a slider moved
   * while paused) are one change, and none when the rate ends where it was before that step.
   */
  setLearningRate(lr: number, step: number): void {
    if (lr === this.lrNow) return;
    this.lrNow = lr;
    const changes = this.lrChanges;
    const last = changes[changes.length - 1];
    if (last[0] !== step) changes.push([step, lr]);
    else if (changes.length > 1 && changes[changes.length - 2][1] === lr) changes.pop();
    else last[1] = lr;
  }

  /** One SGD update on a batch; `step` counts the updates done before it. */
  train(x: Floats, y: Uint8Array, rows: number, step: number): void {
    drain(this.trainSlices(x, y, rows, step));
  }

  /** train, in slices the worker can interleave with its messages (see engine/slices.ts). */
  *trainSlices(x: Floats, y: Uint8Array, rows: number, step: number): Slices<void> {
    // forward → loss → backward → update → statistics
    yield* this.mlp.forwardSlices(x, rows, 'train');
    const loss = this.mlp.loss(y, rows);
    this.lastLoss = loss;
    if (!Number.isFinite(loss)) return this.diverge(step, `loss became ${loss}`);
    yield* this.mlp.backwardSlices();
    this.sgd.step(this.lrNow, this.sgdNorms);
    this.recordGradNorms();
    const broken = this.firstNonFinite();
    if (broken) return this.diverge(step + 1, `parameter ${broken} became NaN or ∞`);
    this.trainLoss.add('loss', loss);
    this.recordUpdateRatios();
  }

  /** The step lr·(μ·v + g) the next update would take for parameter i (in mlp.params() order); changes nothing. */
  nextStep(i: number, out: Float64Array): void {
    this.sgd.nextStep(i, this.lrNow, out);
  }

  private diverge(step: number, reason: string): void {
    this.diverged = { step, reason };
  }

  /** params() lists the hidden layers' parameters first, in layer order, so sgdNorms lines up with them. */
  private recordGradNorms(): void {
    const params = this.mlp.params();
    for (let i = 0; i < params.length; i++) {
      const p = params[i];
      if (p.layer <= this.mlp.hidden.length) this.gradNorms[p.layer - 1].add(p.role, Math.sqrt(this.sgdNorms[3 * i]));
    }
  }

  /** The name of the first parameter whose ‖p‖ is NaN or ∞ after the update (as soon as any entry is), or null. */
  private firstNonFinite(): string | null {
    const params = this.mlp.params();
    for (let i = 0; i < params.length; i++) if (!Number.isFinite(this.sgdNorms[3 * i + 2])) return params[i].name;
    return null;
  }

  private recordUpdateRatios(): void {
    const params = this.mlp.params();
    for (let i = 0; i < params.length; i++) {
      const p = params[i];
      if (p.layer > this.mlp.hidden.length) continue;
      const norm = Math.sqrt(this.sgdNorms[3 * i + 2]);
      this.updateRatios[p.layer - 1].add(p.role, norm > 0 ? Math.sqrt(this.sgdNorms[3 * i + 1]) / norm : Number.NaN);
    }
  }

  /** Means since the last call, then starts over: the train loss and, per hidden layer, grad norms and update ratios. */
  takeStepStats(): { trainLoss: number; gradNorm: Record<string, number>[]; updateRatio: Record<string, number>[] } {
    return {
      trainLoss: this.trainLoss.take().loss,
      gradNorm: this.gradNorms.map((m) => m.take()),
      updateRatio: this.updateRatios.map((m) => m.take()),
    };
  }

  /**
   * Records a probe's test accuracy and returns whether the net is stalled now: the last STALL_PROBES accuracies,
   * the step-0 one included, all within STALL_BAND of chance 1/classes. One probe outside the band clears it.
   */
  recordProbeAccuracy(step: number, accuracy: number): boolean {
    const recent = this.recentAccuracies;
    recent.push(accuracy);
    if (recent.length > STALL_PROBES) recent.shift();
    const chance = 1 / this.classes;
    const stalled =
      recent.length === STALL_PROBES && recent.every((a) => Math.abs(a - chance) <= STALL_BAND + BAND_SLACK);
    if (!stalled) this.stalledSince = null;
    else this.stalledSince ??= step;
    return stalled;
  }

  /**
   * Apply (§3.3): W_l ← a·W_l. BN's running statistics follow (mean × a, variance × a²), so that eval mode maps
   * x to (a·x − a·μ)/√(a²·σ² + ε), the same as before up to ε. Mean-centring's running mean follows too, but its
   * bias b is not scaled: its pre-activation a·x·Wᵀ + b is not scale-invariant. A momentum velocity stays as it is.
   */
  scaleLayer(layer: number, factor: number): void {
    const hidden = this.mlp.hidden[layer - 1];
    if (!hidden) throw new Error(`expected a hidden layer 1…${this.mlp.hidden.length}, got ${layer}`);
    scaleInPlace(hidden.dense.W.value, factor);
    if (hidden.batchNorm) {
      scaleInPlace(hidden.batchNorm.runningMean, factor);
      scaleInPlace(hidden.batchNorm.runningVar, factor * factor);
    }
    if (hidden.center) scaleInPlace(hidden.center.runningMean, factor);
  }

  status(): NetStatus {
    return {
      name: this.name,
      norm: this.norm,
      lr: this.lrNow,
      diverged: this.diverged,
      stalled: this.stalledSince,
      lastLoss: this.lastLoss,
      lrChanges: this.lrChanges.map(([step, lr]) => [step, lr] as const),
    };
  }
}

function scaleInPlace(values: Floats, factor: number): void {
  for (let i = 0; i < values.length; i++) values[i] *= factor;
}
