/** The configuration of a run: everything needed to replay it bit for bit, together with the lr changes. */

export type DatasetName = 'mnist' | 'moons' | 'spiral' | 'blobs';
export type ActivationName = 'sigmoid' | 'tanh' | 'relu';
export type InitSpec = { kind: 'gauss'; sigma: number } | { kind: 'torchdefault' } | { kind: 'xavier' };

/** How a net normalises each hidden layer's pre-activation: `none` is the plain net, `bn` Algorithm 1. */
export type NormKind = 'none' | 'bn';

/** One network of the experiment, keyed by name: `plain`, `bn`, later variants add their own. */
export interface NetSpec {
  readonly name: string;
  /** batch-norm before every hidden nonlinearity (the hidden biases are then dropped) */
  readonly bn: boolean;
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
}

export const PLAIN_AND_BN: readonly NetSpec[] = [
  { name: 'plain', bn: false },
  { name: 'bn', bn: true },
];

/** A net's kind: it decides the net's layers, colour and legend; nothing reads meaning from a net's name. */
export function normOf(net: Pick<NetSpec, 'bn'>): NormKind {
  return net.bn ? 'bn' : 'none';
}

/** MNIST is always 784-D; the synthetic sets start 2-D when coming from MNIST, else keep their dimension. */
export function withDataset(config: RunConfig, dataset: DatasetName): RunConfig {
  const inputDim = dataset === 'mnist' ? 784 : config.dataset === 'mnist' ? 2 : config.inputDim;
  return { ...config, dataset, inputDim };
}
