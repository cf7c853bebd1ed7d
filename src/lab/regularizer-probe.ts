/**
 * BN as a regularizer (§3.4), measured on demand at a run's current step. In training mode ('batch') a digit is
 * normalised with the statistics of whichever batch it lands in, so its output depends on its batch mates: one
 * digit's p(true class) across many batches, and the share of probe digits whose predicted class changes with
 * the batch. A net without normalisation computes every row alone, so it shows no such noise at all.
 *
 * It reads the weights and writes only the nets' forward caches: training after it is bit for bit as without it.
 * Call it between steps, never while an advanceSlices is under way.
 */

import { gatherBatch } from '../data/batch-stream.ts';
import type { Split } from '../data/dataset.ts';
import { exp } from '../engine/det-math.ts';
import type { Floats } from '../engine/floats.ts';
import type { Mlp } from '../engine/mlp.ts';
import { mulberry32, randomInt, type Rng } from '../engine/rng.ts';
import { normalises } from '../protocol/config.ts';
import type { BorderlineDigit, RegularizerProbeResult } from '../protocol/measurements.ts';
import { BatchPredictor, seededPermutation } from './batch-predictor.ts';
import type { ProbeContext } from './probe.ts';
import type { TwinRun } from './twin-run.ts';

/**
 * The measurement's generator is seeded with the data seed XOR this constant: independent of the batch order and
 * of the inference measurement, and the same at every step of a run.
 */
const REGULARIZER_SEED_SALT = 0x4e9;
/** training-mode batches the chosen digit is put in, each with m − 1 random training digits */
const BATCHES_PER_DIGIT = 200;
/** permutations of the probe set, cut into batches of m, for the flip share */
const FLIP_PERMUTATIONS = 20;

type MeasuredRun = Pick<TwinRun, 'nets' | 'step' | 'config'>;
type MeasureData = Pick<ProbeContext, 'probeSet' | 'train'>;

/** A probe digit (its index in the probe set) and the eval-mode p(true class) that made it borderline. */
/** p(label) of one row of logits: its softmax, in float64. */
function softmaxAt(logits: Floats, row: number, classes: number, label: number): number {
  const o = row * classes;
  let max = -Infinity;
  for (let j = 0; j < classes; j++) max = Math.max(max, logits[o + j]);
  let sum = 0;
  for (let j = 0; j < classes; j++) sum += exp(logits[o + j] - max);
  return exp(logits[o + label] - max) / sum;
}

/**
 * The `count` probe digits whose eval-mode p(true class) is nearest ½ (ties by index), for the first live net that
 * normalises (the first live net if none does): the digits whose batch noise can tip the prediction.
 */
export function borderlineDigits(run: MeasuredRun, data: MeasureData, count = 4): BorderlineDigit[] {
  const live = run.nets.filter((n) => n.diverged === null);
  const net = live.find((n) => normalises(n.norm)) ?? live[0];
  if (net === undefined) return [];
  const set = data.probeSet;
  const logits = net.mlp.forward(set.x, set.rows, 'eval');
  const digits = Array.from({ length: set.rows }, (_, index) => ({
    index,
    p: softmaxAt(logits, index, net.mlp.outputSize, set.y[index]),
  }));
  digits.sort((a, b) => Math.abs(a.p - 0.5) - Math.abs(b.p - 0.5) || a.index - b.index);
  return digits.slice(0, count);
}

/** Share of digits (columns) whose predicted class is not the same in every prediction array. */
export function shareFlipped(predictions: readonly Uint8Array[]): number {
  const n = predictions.length === 0 ? 0 : predictions[0].length;
  if (n === 0) return 0;
  let flipped = 0;
  for (let i = 0; i < n; i++) if (predictions.some((p) => p[i] !== predictions[0][i])) flipped++;
  return flipped / n;
}

/** BATCHES_PER_DIGIT batches of `mates` training indices, distinct within a batch: a partial Fisher–Yates each. */
function drawBatchMates(rng: Rng, trainRows: number, mates: number): Int32Array {
  const pool = new Int32Array(trainRows);
  for (let i = 0; i < trainRows; i++) pool[i] = i;
  const out = new Int32Array(BATCHES_PER_DIGIT * mates);
  for (let b = 0; b < BATCHES_PER_DIGIT; b++) {
    for (let t = 0; t < mates; t++) {
      const j = t + randomInt(rng, trainRows - t);
      const chosen = pool[j];
      pool[j] = pool[t];
      pool[t] = chosen;
      out[b * mates + t] = chosen;
    }
  }
  return out;
}

/** The digit's p(true class) in each batch: row 0 holds the digit, the other rows its batch mates. */
function pTrueInBatches(mlp: Mlp, x: Float32Array, train: Split, mates: Int32Array, label: number): number[] {
  const cols = mlp.inputSize;
  const perBatch = mates.length / BATCHES_PER_DIGIT;
  const labels = new Uint8Array(perBatch);
  const pTrue: number[] = [];
  for (let b = 0; b < BATCHES_PER_DIGIT; b++) {
    gatherBatch(train, mates.subarray(b * perBatch, (b + 1) * perBatch), x.subarray(cols), labels);
    const logits = mlp.forward(x, perBatch + 1, 'batch');
    pTrue.push(softmaxAt(logits, 0, mlp.outputSize, label));
  }
  return pTrue;
}

/**
 * The measurement for probe digit `digit`. The flip share puts every probe digit in FLIP_PERMUTATIONS batches of m
 * other probe digits (consecutive batches of seeded permutations): each forwarded row is then a scored digit,
 * where batches of random training digits would cost m forwarded rows per digit and batch.
 */
export function regularizerProbe(
  run: MeasuredRun,
  data: MeasureData,
  digit: number,
  seed = run.config.dataSeed ^ REGULARIZER_SEED_SALT,
): RegularizerProbeResult {
  const set = data.probeSet;
  if (!(Number.isInteger(digit) && digit >= 0 && digit < set.rows))
    throw new Error(`expected a probe digit in 0…${set.rows - 1}, got ${digit}`);
  const m = run.config.batchSize;
  const cols = set.x.length / set.rows;
  const rng = mulberry32(seed);
  // the permutations first: the flip share does not depend on the digit chosen
  const orders = Array.from({ length: FLIP_PERMUTATIONS }, () => seededPermutation(rng, set.rows));
  const mates = drawBatchMates(rng, data.train.rows, Math.min(m - 1, data.train.rows));
  const x = new Float32Array((mates.length / BATCHES_PER_DIGIT + 1) * cols);
  x.set(set.x.subarray(digit * cols, (digit + 1) * cols));
  const predictor = new BatchPredictor(set, m);
  const label = set.y[digit];
  const nets: RegularizerProbeResult['nets'] = {};
  for (const net of run.nets) {
    if (net.diverged !== null) continue;
    const predictions = orders.map((order) => {
      const out = new Uint8Array(set.rows);
      predictor.predict(net.mlp, order, m, out);
      return out;
    });
    nets[net.name] = {
      pTrue: pTrueInBatches(net.mlp, x, data.train, mates, label),
      flipShare: shareFlipped(predictions),
    };
  }
  return { step: run.step, digit, label, nets };
}
