/**
 * The loss landscape along the gradient (Santurkar et al. 2018, §3.1) on one training batch in training mode: with g
 * = ∇L(W) over every parameter and η ∈ {½, 1, 2, 4} × lr, the range of L(W − ηg), the gradient predictiveness
 * max_η ‖∇L(W) − ∇L(W − ηg)‖₂ and the effective β-smoothness max_η ‖∇L(W) − ∇L(W − ηg)‖₂ / ‖ηg‖₂. Every pass replays
 * the same noisy-bn noise, and the net is put back bit for bit afterwards (NetSnapshot).
 */

import { l2Norm } from '../diagnostics/norms.ts';
import type { Slices } from '../engine/slices.ts';
import type { Landscape } from '../protocol/history.ts';
import { gradientCopies, lossAndGradient, squaredDistance, type TrainBatch } from './batch-gradient.ts';
import type { NetRun } from './net-run.ts';
import { NetSnapshot } from './net-snapshot.ts';

/** η / lr: the step sizes looked along, around the learning rate. */
export const LANDSCAPE_FACTORS: readonly number[] = [0.5, 1, 2, 4];

export function* landscapeSlices(net: NetRun, batch: TrainBatch): Slices<Landscape> {
  const { mlp } = net;
  const params = mlp.params();
  const snapshot = new NetSnapshot(mlp);
  let lossMin = Infinity;
  let lossMax = -Infinity;
  let gradPredictiveness = -Infinity;
  let betaEff = -Infinity;
  try {
    yield* lossAndGradient(mlp, batch);
    const g = gradientCopies(mlp);
    const gNorm = Math.sqrt(g.reduce((sum, gk) => sum + l2Norm(gk) * l2Norm(gk), 0));
    for (const factor of LANDSCAPE_FACTORS) {
      const eta = factor * net.lr;
      snapshot.restore();
      params.forEach((p, k) => {
        const value = p.value;
        const w = snapshot.values[k];
        for (let j = 0; j < value.length; j++) value[j] = w[j] - eta * g[k][j];
      });
      const loss = yield* lossAndGradient(mlp, batch);
      const change = Math.sqrt(params.reduce((sum, p, k) => sum + squaredDistance(g[k], p.grad), 0));
      lossMin = Math.min(lossMin, loss);
      lossMax = Math.max(lossMax, loss);
      gradPredictiveness = Math.max(gradPredictiveness, change);
      betaEff = Math.max(betaEff, change / (eta * gNorm));
    }
  } finally {
    snapshot.restore();
  }
  return { lossMin, lossMax, gradPredictiveness, betaEff };
}
