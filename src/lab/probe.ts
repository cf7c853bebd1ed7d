/**
 * A probe: what one net shows on the fixed probe set at one step. BN nets run in inference mode with their
 * running statistics; their layers also show the nonlinearity's input with BN normalising the probe set by its own
 * statistics ('batch' mode, which updates no running average). A probe only reads the weights and running
 * statistics: training after it is exactly as without it.
 */

import type { Split } from '../data/dataset.ts';
import { histogram, NONLINEARITY_EDGES } from '../diagnostics/histogram.ts';
import { l2Norm, summary } from '../diagnostics/norms.ts';
import { unitPercentiles } from '../diagnostics/percentiles.ts';
import { saturation } from '../diagnostics/saturation.ts';
import type { HiddenLayer } from '../engine/hidden-layer.ts';
import { normalises, type ActivationName } from '../protocol/config.ts';
import type { LayerProbe, ProbeRecord } from '../protocol/history.ts';
import type { NetRun } from './net-run.ts';
import { estimatePopulation } from './population-batches.ts';
import { drain, type Slices } from '../engine/slices.ts';

/** How many probe-set predictions each probe keeps, for the digit strip. */
export const STRIP_PREDICTIONS = 24;

export interface ProbeContext {
  readonly probeSet: Split;
  readonly train: Split;
  readonly batchSize: number;
  readonly activation: ActivationName;
}

function layerProbe(
  layer: HiddenLayer,
  rows: number,
  activation: ActivationName,
): Omit<LayerProbe, 'gradNorm' | 'updateRatio'> {
  const count = rows * layer.units;
  const input = layer.activationInput;
  const { saturated, meanDerivative } = saturation(layer.activationOutput, count, activation);
  const bn = layer.batchNorm;
  const bias = layer.dense.b;
  return {
    histogram: histogram(input, count, NONLINEARITY_EDGES),
    ...(normalises(layer.norm) ? { rawHistogram: histogram(layer.linearOutput, count, NONLINEARITY_EDGES) } : {}),
    percentiles: unitPercentiles(input, rows, layer.units),
    saturation: saturated,
    meanDerivative,
    biasNorm: bias === null ? null : l2Norm(bias.value),
    weightNorm: l2Norm(layer.dense.W.value),
    ...(bn?.affine ? { gamma: summary(bn.gamma.value), beta: summary(bn.beta.value) } : {}),
  };
}

/** Accuracy on the probe set with BN in a given forward mode. */
function* accuracyIn(net: NetRun, set: Split, mode: 'population' | 'batch'): Slices<number> {
  yield* net.mlp.forwardSlices(set.x, set.rows, mode);
  return net.mlp.accuracy(set.y);
}

/** The nonlinearity's input after a 'batch' forward: BN normalised by the probe set's own mean and biased variance. */
function batchStatsProbe(layer: HiddenLayer, rows: number): Pick<LayerProbe, 'batchHistogram' | 'batchPercentiles'> {
  const input = layer.activationInput;
  return {
    batchHistogram: histogram(input, rows * layer.units, NONLINEARITY_EDGES),
    batchPercentiles: unitPercentiles(input, rows, layer.units),
  };
}

/** What only a normalising net has: its layers with batch statistics too, and its accuracy in the other modes. */
function* normalisingExtras(net: NetRun, record: ProbeRecord, ctx: ProbeContext): Slices<ProbeRecord> {
  const set = ctx.probeSet;
  const batchStatsAccuracy = yield* accuracyIn(net, set, 'batch');
  const layers = record.layers.map((layer, l) => ({ ...layer, ...batchStatsProbe(net.mlp.hidden[l], set.rows) }));
  yield* estimatePopulation(net.mlp, ctx.train, ctx.batchSize);
  const populationAccuracy = yield* accuracyIn(net, set, 'population');
  return { ...record, layers, populationAccuracy, batchStatsAccuracy };
}

export function probeNet(net: NetRun, step: number, ctx: ProbeContext): ProbeRecord {
  return drain(probeNetSlices(net, step, ctx));
}

/** probeNet in slices, so that the worker answers between the forwards of a huge net (see engine/slices.ts). */
export function* probeNetSlices(net: NetRun, step: number, ctx: ProbeContext): Slices<ProbeRecord> {
  const { mlp } = net;
  const set = ctx.probeSet;
  const stats = net.takeStepStats();
  yield* mlp.forwardSlices(set.x, set.rows, 'eval');
  const testLoss = mlp.loss(set.y, set.rows);
  const testAccuracy = mlp.accuracy(set.y);
  const predicted = new Uint8Array(set.rows);
  mlp.predict(predicted);
  const layers = mlp.hidden.map((layer, l) => ({
    ...layerProbe(layer, set.rows, ctx.activation),
    gradNorm: stats.gradNorm[l],
    updateRatio: stats.updateRatio[l],
  }));
  const record: ProbeRecord = {
    step,
    trainLoss: stats.trainLoss,
    testLoss,
    testAccuracy,
    stalled: net.recordProbeAccuracy(step, testAccuracy),
    predictions: predicted.slice(0, STRIP_PREDICTIONS),
    layers,
  };
  return normalises(net.norm) ? yield* normalisingExtras(net, record, ctx) : record;
}
