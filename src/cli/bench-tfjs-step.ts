/**
 * paper-fig1's twin step written in TensorFlow.js, as its users would write it: tf.variable weights,
 * optimizer.minimize with tf.train.sgd. The identical networks, from our initial weights and on our batches, so
 * the losses agree with our engine's. No Node imports: `bench:browser` runs it in the page too.
 */

import * as tf from '@tensorflow/tfjs';
import type { Dataset } from '../data/dataset.ts';
import type { InitialWeights } from '../engine/init.ts';
import { Fig1Batches, fig1Weights, FIG1, TWIN, type TwinKind } from './bench-fig1.ts';
import { timePerCall, type TimingOptions } from './bench-stats.ts';

/** BN's ε and running-average momentum, as our engine (PyTorch's conventions). */
const EPSILON = 1e-5;
const MOMENTUM = 0.1;

interface TfLayer {
  /** in × out: TF.js's kernel layout, the transpose of our W[out][in] */
  readonly W: tf.Variable;
  /** the plain net's bias; null in the BN net's hidden layers (β replaces it) */
  readonly b: tf.Variable | null;
  readonly bn: { gamma: tf.Variable; beta: tf.Variable; runningMean: tf.Variable; runningVar: tf.Variable } | null;
}

/** A float32 variable holding `values`; a buffer (running statistics) is not trainable. */
function variable(values: Float32Array, shape: number[], trainable = true): tf.Variable {
  const initial = tf.tensor(values, shape, 'float32');
  const v = tf.variable(initial, trainable);
  initial.dispose();
  return v;
}

/** Wᵀ as float32: our W[out][in] (float64) into TF.js's kernel layout [in][out]. */
function transposed(W: Float64Array, out: number, inSize: number): Float32Array {
  const t = new Float32Array(W.length);
  for (let o = 0; o < out; o++) for (let i = 0; i < inSize; i++) t[i * out + o] = W[o * inSize + i];
  return t;
}

/** One net: x → [Dense → (BN with batch mean and biased variance) → σ] × 3 → Dense → softmax cross-entropy. */
class TfjsNet {
  private readonly layers: readonly TfLayer[];
  private readonly trainable: tf.Variable[];
  private readonly optimizer = tf.train.sgd(FIG1.lr);
  private readonly labels: Int32Array;

  constructor(
    readonly norm: TwinKind,
    weights: InitialWeights,
    private readonly rows: number,
  ) {
    const { sizes } = weights;
    this.layers = sizes.slice(1).map((out, l) => {
      const hidden = l < sizes.length - 2;
      const W = variable(transposed(weights.weights[l], out, sizes[l]), [sizes[l], out]);
      const vector = (value: number, trainable = true) => variable(new Float32Array(out).fill(value), [out], trainable);
      const bn =
        hidden && norm === 'bn'
          ? { gamma: vector(1), beta: vector(0), runningMean: vector(0, false), runningVar: vector(1, false) }
          : null;
      const b = bn ? null : variable(Float32Array.from(weights.biases[l]), [out]);
      return { W, b, bn };
    });
    this.trainable = this.layers.flatMap(({ W, b, bn }) => [W, ...(b ? [b] : []), ...(bn ? [bn.gamma, bn.beta] : [])]);
    this.labels = new Int32Array(rows);
  }

  /** One SGD update on a batch (x: rows × 784, y: labels); returns the mini-batch loss before the update. */
  step(x: Float32Array, y: Uint8Array): number {
    this.labels.set(y);
    return tf.tidy(() => {
      const xs = tf.tensor2d(x, [this.rows, x.length / this.rows]);
      const onehot = tf.oneHot(tf.tensor1d(this.labels, 'int32'), 10);
      const loss = this.optimizer.minimize(() => this.loss(xs, onehot), true, this.trainable);
      if (!loss) throw new Error('TensorFlow.js returned no loss');
      return loss.dataSync()[0];
    });
  }

  private loss(xs: tf.Tensor, onehot: tf.Tensor): tf.Scalar {
    let h = xs;
    this.layers.forEach(({ W, b, bn }, l) => {
      const z = tf.matMul(h, W);
      if (l === this.layers.length - 1) h = b ? tf.add(z, b) : z;
      else if (!bn) h = tf.sigmoid(b ? tf.add(z, b) : z);
      else h = tf.sigmoid(this.batchNorm(z, bn));
    });
    return tf.losses.softmaxCrossEntropy(onehot, h);
  }

  /** Algorithm 1: x̂ = (z − μ_B)/√(σ²_B + ε), y = γ·x̂ + β; the running averages take μ_B and the unbiased σ²_B. */
  private batchNorm(z: tf.Tensor, bn: NonNullable<TfLayer['bn']>): tf.Tensor {
    const { mean, variance } = tf.moments(z, 0);
    const m = this.rows;
    bn.runningMean.assign(tf.add(tf.mul(bn.runningMean, 1 - MOMENTUM), tf.mul(mean, MOMENTUM)));
    bn.runningVar.assign(tf.add(tf.mul(bn.runningVar, 1 - MOMENTUM), tf.mul(variance, (MOMENTUM * m) / (m - 1))));
    return tf.batchNorm(z, mean, variance, bn.beta, bn.gamma, EPSILON);
  }

  dispose(): void {
    this.optimizer.dispose();
    for (const { W, b, bn } of this.layers) for (const v of [W, b, ...Object.values(bn ?? {})]) v?.dispose();
  }
}

export interface TfjsResult {
  readonly backend: string;
  readonly version: string;
  /** the wasm backend's WASM_HAS_SIMD_SUPPORT and WASM_HAS_MULTITHREAD_SUPPORT; null on cpu */
  readonly simd: boolean | null;
  readonly threads: boolean | null;
  /** median ms per step of each net alone and of the twin step (both nets on one batch) */
  readonly plainMs: number;
  readonly bnMs: number;
  readonly twinMs: number;
  /** the first mini-batch losses of each net, to check against ours */
  readonly losses: Record<TwinKind, number[]>;
}

/**
 * The TF.js twin step on `backend` (already registered; the wasm paths set): as many first losses as `steps`
 * asks for, then the median ms per step of each net and of the twin step.
 */
export async function benchTfjs(
  backend: 'cpu' | 'wasm',
  data: Dataset,
  steps = 3,
  timing: TimingOptions = {},
): Promise<TfjsResult> {
  if (!(await tf.setBackend(backend))) throw new Error(`TensorFlow.js could not start its ${backend} backend`);
  tf.enableProdMode();
  const weights = fig1Weights();
  const batches = new Fig1Batches(data);
  const nets = TWIN.map((norm) => new TfjsNet(norm, weights, batches.batchSize));
  const losses: Record<TwinKind, number[]> = { none: [], bn: [] };
  for (let s = 0; s < steps; s++) {
    batches.next();
    for (const net of nets) losses[net.norm].push(net.step(batches.x, batches.y));
  }
  const timeNets = (which: readonly TfjsNet[]) =>
    timePerCall(() => {
      batches.next();
      for (const net of which) net.step(batches.x, batches.y);
    }, timing).ms;
  const [plain, bn] = nets;
  const result = { plainMs: timeNets([plain]), bnMs: timeNets([bn]), twinMs: timeNets(nets) };
  for (const net of nets) net.dispose();
  const wasm = backend === 'wasm';
  return {
    backend,
    version: tf.version.tfjs,
    simd: wasm ? tf.env().getBool('WASM_HAS_SIMD_SUPPORT') : null,
    threads: wasm ? tf.env().getBool('WASM_HAS_MULTITHREAD_SUPPORT') : null,
    ...result,
    losses,
  };
}
