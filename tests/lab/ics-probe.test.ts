import { describe, expect, it } from 'vitest';
import { drain } from '../../src/engine/slices.ts';
import { compareGradients, icsSlices } from '../../src/lab/ics-probe.ts';
import { BATCH, NET, netRunOf, tinyGradient, tinyStep, X, Y } from './tiny-mlp.ts';

const LR = 2;

/** ‖a − b‖₂ and cos(a, b) of two nested arrays, by hand. */
function compare(a: number[][], b: number[][]): { l2: number; cos: number } {
  const u = a.flat();
  const v = b.flat();
  const dotp = u.reduce((s, ui, k) => s + ui * v[k], 0);
  const nu = Math.hypot(...u);
  const nv = Math.hypot(...v);
  return { l2: Math.hypot(...u.map((ui, k) => ui - v[k])), cos: dotp / (nu * nv) };
}

describe('gradient ICS (Santurkar et al. Definition 2.1) on a 2-2-2-2 sigmoid net by hand', () => {
  it('layer 1 has nothing below it (0, 1); layer 2 is ∇_{W2}L before and after W1, b1 took their SGD step', () => {
    const G = tinyGradient(NET, X, Y);
    // G′: only layer 1 (index 0) steps, by lr·∇L; layer 2 and the output stay
    const Gprime = tinyGradient(
      tinyStep(NET, G, LR, (l) => l === 0),
      X,
      Y,
    );
    const expected = compare(G.dW[1], Gprime.dW[1]);
    // the step moves the gradient visibly: this is not a test of 0 against 0
    expect(expected.l2).toBeGreaterThan(1e-3);
    const ics = drain(icsSlices(netRunOf(NET, LR), BATCH));
    expect(ics[0]).toEqual({ l2: 0, cos: 1 });
    expect(ics[1].l2).toBeCloseTo(expected.l2, 6);
    expect(ics[1].cos).toBeCloseTo(expected.cos, 6);
  });

  it('takes the optimiser’s own step with momentum: W ← W − lr·(μ·v + g), v from the step before', () => {
    const mu = 0.9;
    const net = netRunOf(NET, LR, { momentum: mu });
    net.train(BATCH.x, BATCH.y, 3, 0);
    // by hand: v = g₀ after one step from zero velocity; the probe's step at W₁ is lr·(μ·g₀ + g₁)
    const g0 = tinyGradient(NET, X, Y);
    const W1 = tinyStep(NET, g0, LR);
    const g1 = tinyGradient(W1, X, Y);
    const combined = {
      loss: 0,
      dW: g1.dW.map((w, l) => w.map((row, o) => row.map((v, i) => v + mu * g0.dW[l][o][i]))),
      db: g1.db.map((b, l) => b.map((v, o) => v + mu * g0.db[l][o])),
    };
    const Gprime = tinyGradient(
      tinyStep(W1, combined, LR, (l) => l === 0),
      X,
      Y,
    );
    const expected = compare(g1.dW[1], Gprime.dW[1]);
    const ics = drain(icsSlices(net, BATCH));
    expect(ics[1].l2).toBeCloseTo(expected.l2, 6);
    expect(ics[1].cos).toBeCloseTo(expected.cos, 6);
  });

  it('puts every weight back bit for bit', () => {
    const net = netRunOf(NET, LR);
    const before = net.mlp.toJson();
    drain(icsSlices(net, BATCH));
    expect(net.mlp.toJson()).toEqual(before);
  });
});

describe('comparing G and G′', () => {
  it('cos is 1 when both are 0, 0 when only one is, and ±1 for parallel gradients', () => {
    expect(compareGradients([0, 0], [0, 0])).toEqual({ l2: 0, cos: 1 });
    expect(compareGradients([0, 0], [3, 4])).toEqual({ l2: 5, cos: 0 });
    expect(compareGradients([3, 4], [0, 0])).toEqual({ l2: 5, cos: 0 });
    expect(compareGradients([1, 2], [2, 4]).cos).toBeCloseTo(1, 15);
    expect(compareGradients([1, 2], [-1, -2])).toEqual({ l2: Math.sqrt(20), cos: -1 });
  });
});
