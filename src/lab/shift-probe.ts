/**
 * Distribution shift in the BN paper's sense, measured: on a fixed probe batch (the first m probe samples, m the
 * training batch size) in training mode — batch statistics, noisy-bn's noise drawn from a probe stream of its own,
 * seeded per step — each unit's mean and (biased) standard deviation of its sigmoid input. The shift of a layer is
 * the mean over units of |mean_now − mean_before| and of |std_now − std_before|, in raw units, since the previous
 * probe. The net is put back bit for bit afterwards (NetSnapshot).
 */

import { batchStats } from '../engine/norm-passes.ts';
import type { Floats } from '../engine/floats.ts';
import { deriveSeed } from '../engine/rng.ts';
import type { Slices } from '../engine/slices.ts';
import type { RunConfig } from '../protocol/config.ts';
import type { LayerShift } from '../protocol/history.ts';
import type { NetRun } from './net-run.ts';
import { NetSnapshot } from './net-snapshot.ts';

/** 'prob': the tag of the probe noise stream, deriveSeed('prob', init seed, data seed, step) */
const PROBE_NOISE_TAG = 0x70726f62;

/** Per unit: the mean and biased standard deviation of a layer's sigmoid input over the batch's rows. */
export interface UnitMoments {
  readonly mean: Float64Array;
  readonly std: Float64Array;
}

/** μ_j and σ_j = √(Σ_r (v_rj − μ_j)² / rows) of each column of a rows × units matrix, as BN's batch statistics. */
export function unitMoments(values: Floats, rows: number, units: number): UnitMoments {
  const mean = new Float64Array(units);
  const std = new Float64Array(units);
  batchStats(values, rows, units, mean, std);
  for (let j = 0; j < units; j++) std[j] = Math.sqrt(std[j]);
  return { mean, std };
}

/** The mean over units of |Δμ_j| and of |Δσ_j|. */
export function layerShift(now: UnitMoments, before: UnitMoments): LayerShift {
  const units = now.mean.length;
  let mean = 0;
  let std = 0;
  for (let j = 0; j < units; j++) {
    mean += Math.abs(now.mean[j] - before.mean[j]);
    std += Math.abs(now.std[j] - before.std[j]);
  }
  return { mean: mean / units, std: std / units };
}

/** The moments of every hidden layer's sigmoid input on rows × inputSize inputs x, in training mode. */
function* momentsSlices(net: NetRun, x: Floats, rows: number, noiseSeed: number): Slices<UnitMoments[]> {
  const { mlp } = net;
  const snapshot = new NetSnapshot(mlp);
  try {
    if (mlp.noise !== null) mlp.noise.state = noiseSeed;
    yield* mlp.forwardSlices(x, rows, 'train');
    return mlp.hidden.map((layer) => unitMoments(layer.activationInput, rows, layer.units));
  } finally {
    snapshot.restore();
  }
}

/** Keeps each net's moments at its last measured probe, to tell the shift since. */
export class ShiftTracker {
  private readonly previous = new Map<string, UnitMoments[]>();

  /** x holds at least `rows` probe samples; per hidden layer the shift since the last call, null at the first. */
  *measureSlices(net: NetRun, step: number, config: RunConfig, x: Floats, rows: number): Slices<(LayerShift | null)[]> {
    // training mode needs two rows for batch statistics
    if (rows < 2) return net.mlp.hidden.map(() => null);
    const seed = deriveSeed(PROBE_NOISE_TAG, config.initSeed, config.dataSeed, step);
    const now = yield* momentsSlices(net, x, rows, seed);
    const before = this.previous.get(net.name);
    this.previous.set(net.name, now);
    return now.map((moments, l) => (before === undefined ? null : layerShift(moments, before[l])));
  }

  /** The shift is off: the next measurement starts afresh (null), not from a probe long ago. */
  forget(name: string): void {
    this.previous.delete(name);
  }
}
