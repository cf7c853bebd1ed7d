/**
 * Scale invariance (§3.3), measured: on the last training batch, the loss L(a·W_l) and ‖∂L/∂W_l‖₂ at a·W_l for a
 * grid of factors a, with BN normalising by the batch's own statistics ('batch' mode: no running update). BN gives
 * BN((aW)u) = BN(Wu), so L stays flat and the gradient falls as 1/a, up to ε when a·σ is tiny. The probe changes
 * nothing the run keeps: W_l is copied back exactly, and running statistics, optimiser and step statistics are not
 * touched (the grads and the layers' caches hold the probe's last pass, as after any probe), so training goes on
 * bit for bit as without it.
 */

import { gatherBatch } from '../data/batch-stream.ts';
import { l2Norm } from '../diagnostics/norms.ts';
import { drain, type Slices } from '../engine/slices.ts';
import type { ScaleProbeResult } from '../protocol/measurements.ts';
import type { NetRun } from './net-run.ts';
import type { TwinRun } from './twin-run.ts';

/**
 * 10^(k/6) for k = −6…6: 13 factors from 0.1 to 10, six per decade, with 1 exactly. Written out (each the float64
 * nearest the exact power) because `**` may round differently in each browser, and a link must replay bit for bit.
 */
const FACTORS: readonly number[] = [
  0.1, 0.14677992676220694, 0.21544346900318836, 0.31622776601683794, 0.46415888336127786, 0.6812920690579612, 1.0,
  1.4677992676220695, 2.154434690031884, 3.1622776601683795, 4.641588833612779, 6.812920690579613, 10.0,
];

export function scaleProbe(run: TwinRun, layer: number, factors: readonly number[] = FACTORS): ScaleProbeResult {
  return drain(scaleProbeSlices(run, layer, factors));
}

/**
 * scaleProbe in slices (see engine/slices.ts), one or more per factor and net, for the worker. Like advanceSlices,
 * run it to the end before the next step: W_l is scaled while it runs.
 */
export function* scaleProbeSlices(
  run: TwinRun,
  layer: number,
  factors: readonly number[] = FACTORS,
): Slices<ScaleProbeResult> {
  if (run.step === 0) throw new Error('the scale probe uses the last training batch: advance at least one step first');
  if (!Number.isInteger(layer) || layer < 1 || layer > run.config.hidden.length)
    throw new Error(`expected a hidden layer 1…${run.config.hidden.length}, got ${layer}`);
  const { train, inputSize } = run.dataset;
  const rows = run.batch.length;
  const x = new Float32Array(rows * inputSize);
  const y = new Uint8Array(rows);
  gatherBatch(train, run.batch, x, y);
  const nets: ScaleProbeResult['nets'] = {};
  for (const net of run.nets) {
    if (net.diverged === null) nets[net.name] = yield* scanFactors(net, layer, factors, x, y);
  }
  return { step: run.step, layer, factors: [...factors], nets };
}

function* scanFactors(
  net: NetRun,
  layer: number,
  factors: readonly number[],
  x: Float32Array,
  y: Uint8Array,
): Slices<{ loss: number[]; gradNorm: number[] }> {
  const { mlp } = net;
  const W = mlp.hidden[layer - 1].dense.W;
  // a copy to restore from: W/a·a need not round back to W
  const saved = W.value.slice();
  const loss: number[] = [];
  const gradNorm: number[] = [];
  try {
    for (const a of factors) {
      for (let i = 0; i < saved.length; i++) W.value[i] = a * saved[i];
      // forward → loss → backward, BN with the batch's statistics both ways
      yield* mlp.forwardSlices(x, y.length, 'batch');
      loss.push(mlp.loss(y, y.length));
      yield* mlp.backwardSlices();
      gradNorm.push(l2Norm(W.grad));
      yield;
    }
  } finally {
    W.value.set(saved);
  }
  return { loss, gradNorm };
}
