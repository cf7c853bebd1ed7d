/**
 * Gradient internal covariate shift (Santurkar et al. 2018, Definition 2.1), per hidden layer i on one training batch
 * in training mode: G = ∇_{W_i} L at the current weights, G′ = ∇_{W_i} L after the layers below i (all their
 * parameters) took the step the optimiser would take from that same gradient, W ← W − lr·(μ·v + ∇L); layer i and
 * those above unchanged. Reports ‖G − G′‖₂ and cos(G, G′). Every pass replays the same noisy-bn noise (the draw the
 * next training step will make), and the net is put back bit for bit afterwards (NetSnapshot).
 */

import type { Slices } from '../engine/slices.ts';
import type { LayerIcs } from '../protocol/history.ts';
import { gradientCopies, lossAndGradient, squaredDistance, type TrainBatch } from './batch-gradient.ts';
import type { NetRun } from './net-run.ts';
import { NetSnapshot } from './net-snapshot.ts';

/** The first hidden layer has no layers below it: G′ = G. */
const NO_SHIFT: LayerIcs = { l2: 0, cos: 1 };

/** ‖G − G′‖₂ and cos(G, G′) = G·G′/(‖G‖‖G′‖), 1 when both are 0 and 0 when only one is. */
export function compareGradients(g: ArrayLike<number>, gPrime: ArrayLike<number>): LayerIcs {
  let dot = 0;
  let gg = 0;
  let pp = 0;
  for (let k = 0; k < g.length; k++) {
    dot += g[k] * gPrime[k];
    gg += g[k] * g[k];
    pp += gPrime[k] * gPrime[k];
  }
  const l2 = Math.sqrt(squaredDistance(g, gPrime));
  if (gg === 0 || pp === 0) return { l2, cos: gg === pp ? 1 : 0 };
  return { l2, cos: dot / Math.sqrt(gg * pp) };
}

export function* icsSlices(net: NetRun, batch: TrainBatch): Slices<LayerIcs[]> {
  const { mlp } = net;
  const params = mlp.params();
  const snapshot = new NetSnapshot(mlp);
  try {
    yield* lossAndGradient(mlp, batch);
    const grads = gradientCopies(mlp);
    // the optimiser's step for every parameter, from this gradient (used for those below layer i)
    const steps = params.map((p, k) => {
      const step = new Float64Array(p.value.length);
      net.nextStep(k, step);
      return step;
    });
    const result: LayerIcs[] = [NO_SHIFT];
    for (let i = 2; i <= mlp.hidden.length; i++) {
      snapshot.restore();
      params.forEach((p, k) => {
        const value = p.value;
        if (p.layer < i) for (let j = 0; j < value.length; j++) value[j] -= steps[k][j];
      });
      yield* lossAndGradient(mlp, batch);
      const W = mlp.hidden[i - 1].dense.W;
      result.push(compareGradients(grads[params.indexOf(W)], W.grad));
    }
    return result;
  } finally {
    snapshot.restore();
  }
}
