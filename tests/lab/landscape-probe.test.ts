import { describe, expect, it } from 'vitest';
import { drain } from '../../src/engine/slices.ts';
import { LANDSCAPE_FACTORS, landscapeSlices } from '../../src/lab/landscape-probe.ts';
import { BATCH, NET, netRunOf, tinyGradient, tinyStep, X, Y, type TinyGradient } from './tiny-mlp.ts';

const LR = 0.5;

/** Every parameter's gradient in one list, W then b per layer. */
const flat = (g: TinyGradient) => g.dW.flatMap((w, l) => [...w.flat(), ...g.db[l]]);

describe('the loss landscape along the gradient (Santurkar et al. §3.1) on a 2-2-2-2 sigmoid net by hand', () => {
  it('gives the range of L(W − ηg), max ‖∇L(W) − ∇L(W − ηg)‖ and its max ratio to ‖ηg‖, η = ½, 1, 2, 4 × lr', () => {
    expect(LANDSCAPE_FACTORS).toEqual([0.5, 1, 2, 4]);
    const g = tinyGradient(NET, X, Y);
    const gNorm = Math.hypot(...flat(g));
    const along = LANDSCAPE_FACTORS.map((f) => {
      const eta = f * LR;
      const moved = tinyGradient(tinyStep(NET, g, eta), X, Y);
      const change = Math.hypot(...flat(g).map((v, k) => v - flat(moved)[k]));
      return { loss: moved.loss, change, ratio: change / (eta * gNorm) };
    });
    const landscape = drain(landscapeSlices(netRunOf(NET, LR), BATCH));
    const losses = along.map((a) => a.loss);
    expect(landscape.lossMin).toBeCloseTo(Math.min(...losses), 6);
    expect(landscape.lossMax).toBeCloseTo(Math.max(...losses), 6);
    expect(landscape.gradPredictiveness).toBeCloseTo(Math.max(...along.map((a) => a.change)), 6);
    expect(landscape.betaEff).toBeCloseTo(Math.max(...along.map((a) => a.ratio)), 5);
    // the walk is long enough to matter: the loss changes and the gradient with it
    expect(landscape.lossMax - landscape.lossMin).toBeGreaterThan(1e-3);
    expect(landscape.gradPredictiveness).toBeGreaterThan(1e-3);
  });

  it('puts every weight back bit for bit', () => {
    const net = netRunOf(NET, LR);
    const before = net.mlp.toJson();
    drain(landscapeSlices(net, BATCH));
    expect(net.mlp.toJson()).toEqual(before);
  });
});
