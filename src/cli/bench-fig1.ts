/**
 * paper-fig1's step as every contender of the bench sees it: the initial weights, the mini-batches in the run's
 * order, and our nets. No Node imports: the TensorFlow.js page of `bench:browser` uses it too.
 */

import { createKernels } from '../engine/wasm-kernels.ts';
import { BatchStream, gatherBatch } from '../data/batch-stream.ts';
import type { Dataset } from '../data/dataset.ts';
import { drawInitialWeights, type InitialWeights } from '../engine/init.ts';
import { mulberry32 } from '../engine/rng.ts';
import { NetRun } from '../lab/net-run.ts';
import { PRESETS } from '../lab/presets.ts';
import type { NormKind } from '../protocol/config.ts';

/** Ioffe & Szegedy's Figure 1: 784-100-100-100-10 sigmoid, N(0, 0.01²) init, batch 60, lr 1. */
export const FIG1 = PRESETS['paper-fig1'];
export const FIG1_SIZES: readonly number[] = [784, ...FIG1.hidden, 10];
/** The twins' kinds: the plain net and the BN net. */
export type TwinKind = 'none' | 'bn';
/** The twin step: the plain net, then the BN net, on the same batch. */
export const TWIN: readonly TwinKind[] = ['none', 'bn'];

/** The weights both twins start from (the hidden biases are dropped by the BN net). */
export function fig1Weights(): InitialWeights {
  return drawInitialWeights(FIG1_SIZES, FIG1.init, FIG1.initSeed);
}

/** paper-fig1's mini-batches in the run's order, gathered into buffers reused by every batch. */
export class Fig1Batches {
  /** batch × 784, row-major */
  readonly x: Float32Array;
  readonly y: Uint8Array;
  private readonly indices: Int32Array;
  private readonly stream: BatchStream;

  constructor(
    private readonly data: Dataset,
    readonly batchSize = FIG1.batchSize,
  ) {
    this.stream = new BatchStream(mulberry32(FIG1.dataSeed), data.train.rows, batchSize);
    this.indices = new Int32Array(batchSize);
    this.x = new Float32Array(batchSize * data.inputSize);
    this.y = new Uint8Array(batchSize);
  }

  /** The next batch into x and y; returns its sample indices (overwritten by the next call). */
  next(): Int32Array {
    this.stream.next(this.indices);
    gatherBatch(this.data.train, this.indices, this.x, this.y);
    return this.indices;
  }
}

/** One of our paper-fig1 nets, as TwinRun steps it (forward → loss → backward → update → statistics). */
export function fig1Net(norm: NormKind, weights: InitialWeights = fig1Weights()): NetRun {
  return new NetRun(norm, norm, FIG1, 784, 10, weights, FIG1.lr, createKernels('wasm'));
}

/** Our engine's mini-batch losses of the first `steps` steps of each twin, the oracle for the other contenders. */
export function fig1Losses(data: Dataset, steps = 3): Record<TwinKind, number[]> {
  const losses: Partial<Record<TwinKind, number[]>> = {};
  for (const norm of TWIN) {
    const net = fig1Net(norm);
    const batches = new Fig1Batches(data);
    losses[norm] = Array.from({ length: steps }, (_, step) => {
      batches.next();
      net.train(batches.x, batches.y, batches.batchSize, step);
      return net.lastLoss;
    });
  }
  return losses as Record<TwinKind, number[]>;
}
