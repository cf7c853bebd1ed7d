/**
 * Train vs inference (§3.1, Algorithm 2), measured on demand at a run's current step: every live net's probe-set
 * accuracy with BN's running averages ('eval'), with Algorithm 2's population statistics ('population'), and in
 * training mode ('batch') with inference batches of 1, 2, 4, 8, 16 and m (the training batch size, 60 in the
 * paper's presets). In training mode a digit's output depends on the other digits of its batch; at batch 1 every
 * x̂ is 0 and a BN net answers the same class for every digit.
 *
 * It reads the weights and writes only the nets' forward caches and Algorithm 2's estimate (which every probe
 * recomputes before use): training after it is bit for bit as without it. Call it between steps, never while an
 * advanceSlices is under way.
 */

import type { Split } from '../data/dataset.ts';
import type { Mlp } from '../engine/mlp.ts';
import { mulberry32 } from '../engine/rng.ts';
import { drain } from '../engine/slices.ts';
import { normalises } from '../protocol/config.ts';
import type { InferenceProbeResult } from '../protocol/measurements.ts';
import { accuracyOf, BatchPredictor, seededPermutation } from './batch-predictor.ts';
import type { NetRun } from './net-run.ts';
import { estimatePopulation } from './population-batches.ts';
import type { ProbeContext } from './probe.ts';
import type { TwinRun } from './twin-run.ts';

/**
 * The inference batches are cut from a permutation of the probe set drawn from its own generator, seeded with the
 * data seed XOR this constant: independent of the batch order, and the same at every step of a run, so the
 * measurements of one run are comparable across steps.
 */
const INFERENCE_SEED_SALT = 0x1f0;

/** Inference batch sizes below the training batch size m, which is added as the last one. */
const SMALL_BATCHES = [1, 2, 4, 8, 16];

type MeasuredRun = Pick<TwinRun, 'nets' | 'step' | 'config'>;
type MeasureData = Pick<ProbeContext, 'probeSet' | 'train'>;

/** 1, 2, 4, 8, 16 and m, ascending, without repeats. */
function inferenceBatchSizes(m: number): number[] {
  return [...new Set([...SMALL_BATCHES, m])].sort((a, b) => a - b);
}

/** Accuracy on the whole set in one forward. */
function accuracyIn(mlp: Mlp, set: Split, mode: 'eval' | 'population'): number {
  mlp.forward(set.x, set.rows, mode);
  return mlp.accuracy(set.y);
}

function measureNet(
  net: NetRun,
  data: MeasureData,
  batchSize: number,
  batchSizes: number[],
  byBatch: (mlp: Mlp, size: number) => number,
): InferenceProbeResult['nets'][string] {
  const { mlp } = net;
  const running = accuracyIn(mlp, data.probeSet, 'eval');
  // without normalisation each row's output depends on that row alone: every mode and batch size gives `running`
  if (!normalises(net.norm)) return { running, population: running, byBatchSize: batchSizes.map(() => running) };
  drain(estimatePopulation(mlp, data.train, batchSize));
  const population = accuracyIn(mlp, data.probeSet, 'population');
  return { running, population, byBatchSize: batchSizes.map((size) => byBatch(mlp, size)) };
}

/** The measurement at the run's current step; `seed` defaults to the run's data seed XOR INFERENCE_SEED_SALT. */
export function inferenceProbe(
  run: MeasuredRun,
  data: MeasureData,
  seed = run.config.dataSeed ^ INFERENCE_SEED_SALT,
): InferenceProbeResult {
  const set = data.probeSet;
  const m = run.config.batchSize;
  const batchSizes = inferenceBatchSizes(m);
  const order = seededPermutation(mulberry32(seed), set.rows);
  const predictor = new BatchPredictor(set, batchSizes[batchSizes.length - 1]);
  const predicted = new Uint8Array(set.rows);
  const byBatch = (mlp: Mlp, size: number) => {
    predictor.predict(mlp, order, size, predicted);
    return accuracyOf(predicted, set.y);
  };
  const nets: InferenceProbeResult['nets'] = {};
  for (const net of run.nets) {
    if (net.diverged === null) nets[net.name] = measureNet(net, data, m, batchSizes, byBatch);
  }
  return { step: run.step, batchSizes, nets };
}
