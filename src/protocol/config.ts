/** The configuration of a run: everything needed to replay it bit for bit, together with the lr changes. */

export type DatasetName = 'mnist' | 'moons' | 'spiral' | 'blobs';
export type ActivationName = 'sigmoid' | 'tanh' | 'relu';
export type InitSpec = { kind: 'gauss'; sigma: number } | { kind: 'torchdefault' } | { kind: 'xavier' };

/**
 * How a net normalises each hidden layer's pre-activation z = x·Wᵀ (+ b):
 * - `none`: σ(z + b), the plain net;
 * - `bn`: Algorithm 1, σ(γ·ẑ + β), no hidden bias;
 * - `bn-fixed`: BN with γ = 1 and β = 0 frozen (not learned), the question of §3;
 * - `center-stopgrad`: σ(z + b − μ_B) with μ_B a constant in backprop, the trap of §2;
 * - `noisy-bn`: σ(s⊙(γ·ẑ + β) + m), BN with a random scale s and shift m per activation and step in training
 *   (Santurkar et al. 2018, §2); inference is BN's.
 */
export const NORM_KINDS = ['none', 'bn', 'bn-fixed', 'center-stopgrad', 'noisy-bn'] as const;
export type NormKind = (typeof NORM_KINDS)[number];

/** A net's name when it is the first of its kind: `plain` for `none`, else the kind. */
function kindName(norm: NormKind): string {
  return norm === 'none' ? 'plain' : norm;
}

/** Every kind but `none` normalises: such nets also record the raw x·Wᵀ and accuracy with other statistics. */
export function normalises(norm: NormKind): boolean {
  return norm !== 'none';
}

/** One network of the experiment. Its kind decides its layers, colour and legend; its name is only a label. */
export interface NetSpec {
  /** unique in the run: the kind's name, `-2`, `-3` added when a kind repeats */
  readonly name: string;
  readonly norm: NormKind;
  /** this net's learning rate; absent = the run's shared `lr` */
  readonly lr?: number;
}

export interface RunConfig {
  readonly dataset: DatasetName;
  /** input dimension of the synthetic sets (MNIST is always 784) */
  readonly inputDim: number;
  readonly hidden: readonly number[];
  readonly activation: ActivationName;
  readonly init: InitSpec;
  readonly batchSize: number;
  /** shared SGD learning rate */
  readonly lr: number;
  readonly momentum: number;
  readonly initSeed: number;
  readonly dataSeed: number;
  /** SGD updates to run; the run stops there */
  readonly steps: number;
  /** probe every N updates (and at step 0 and the last step) */
  readonly probeEvery: number;
  /** how many test samples the probes use, from the start of the test set; 0 = all of it */
  readonly probeSize: number;
  readonly nets: readonly NetSpec[];
  /** what the run does to its nets between updates, in step order; absent when there are none */
  readonly events?: readonly RunEvent[];
  /** the measurements every probe also takes (Santurkar et al. 2018); absent when all are off. Applied live */
  readonly measure?: MeasureFlags;
}

/** The critique's measurements, each taken at every probe of every net when on (off by default: they cost time). */
export interface MeasureFlags {
  /** how far each hidden layer's sigmoid-input distribution moved since the previous probe */
  readonly shift: boolean;
  /** gradient ICS (their Definition 2.1): how W_i's gradient changes when the layers below take their step */
  readonly ics: boolean;
  /** the loss and its gradient along the gradient direction (their §3.1) */
  readonly landscape: boolean;
}

/** The names of the flags, in the order links and the CLI list them. */
export const MEASURES = ['shift', 'ics', 'landscape'] as const;

/**
 * Apply (§3.3): after `step` updates and before the next, every live net's W of hidden layer `layer` (1-based) is
 * multiplied by `factor`, and its running statistics with it. A replay repeats it at the same point.
 */
export interface ScaleEvent {
  readonly step: number;
  readonly type: 'scale';
  readonly layer: number;
  readonly factor: number;
}

/**
 * A learning-rate change: after `step` updates and before the next, net `net` (every net when absent) trains at
 * `lr`. A run's lr changes made live are recorded per net (NetHistory.lrChanges); a replay repeats them as these.
 */
export interface LrEvent {
  readonly step: number;
  readonly type: 'lr';
  readonly lr: number;
  readonly net?: string;
}

/** What a run does to its nets between two updates, at a given step. */
export type RunEvent = ScaleEvent | LrEvent;

export const PLAIN_AND_BN: readonly NetSpec[] = [
  { name: 'plain', norm: 'none' },
  { name: 'bn', norm: 'bn' },
];

/** Names nets after their kinds, in order: plain, bn, plain-2, … Learning rates stay as given. */
export function namedNets(nets: readonly { readonly norm: NormKind; readonly lr?: number }[]): NetSpec[] {
  const seen = new Map<NormKind, number>();
  return nets.map(({ norm, lr }) => {
    const count = (seen.get(norm) ?? 0) + 1;
    seen.set(norm, count);
    const name = count === 1 ? kindName(norm) : `${kindName(norm)}-${count}`;
    return lr === undefined ? { name, norm } : { name, norm, lr };
  });
}

/** MNIST is always 784-D; the synthetic sets start 2-D when coming from MNIST, else keep their dimension. */
export function withDataset(config: RunConfig, dataset: DatasetName): RunConfig {
  const inputDim = dataset === 'mnist' ? 784 : config.dataset === 'mnist' ? 2 : config.inputDim;
  return { ...config, dataset, inputDim };
}

/**
 * Net i alone, as it trains in a worker of its own (one worker per net): the same seeds, data and schedule, so it
 * draws the same initial weights and batches and computes the very bits it would among the others. Another net's
 * lr events are left out (validateConfig refuses an event for a net that is not there).
 */
export function oneNetConfig(config: RunConfig, i: number): RunConfig {
  const net = config.nets[i];
  const events = config.events?.filter((e) => e.type !== 'lr' || e.net === undefined || e.net === net.name);
  return { ...config, nets: [net], events };
}
