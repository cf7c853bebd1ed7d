/**
 * A plain sigmoid MLP written out by hand in float64, independent of the engine: forward, mean softmax cross-entropy
 * and backprop, on nested arrays. The measurements' tests compute their expected values with it.
 */

import { tsKernels } from '../../src/engine/kernels.ts';
import { NetRun } from '../../src/lab/net-run.ts';
import type { RunConfig } from '../../src/protocol/config.ts';
import { configFrom } from './run-helpers.ts';

/** W[l][out][in] and b[l][out], layer l = 0 nearest the input; the last layer is the output (no sigmoid). */
export interface TinyNet {
  readonly W: number[][][];
  readonly b: number[][];
}

export interface TinyGradient {
  readonly loss: number;
  readonly dW: number[][][];
  readonly db: number[][];
}

const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));

/** L = mean_r −log softmax(z_r)[y_r] and its gradient in every W and b, by the chain rule. */
export function tinyGradient(net: TinyNet, x: number[][], y: number[]): TinyGradient {
  const L = net.W.length;
  const m = x.length;
  // forward, keeping every layer's output: a[0] = x, a[l + 1] = σ(a[l]·Wᵀ + b) (no σ on the last)
  const a: number[][][] = [x];
  for (let l = 0; l < L; l++) {
    a.push(
      a[l].map((row) =>
        net.W[l].map((w, o) => {
          const z = w.reduce((s, wi, i) => s + wi * row[i], net.b[l][o]);
          return l < L - 1 ? sigmoid(z) : z;
        }),
      ),
    );
  }
  let loss = 0;
  // dL/dz of the logits: (softmax − onehot)/m
  let delta = a[L].map((z, r) => {
    const top = Math.max(...z);
    const e = z.map((v) => Math.exp(v - top));
    const total = e.reduce((s, v) => s + v, 0);
    loss -= Math.log(e[y[r]] / total) / m;
    return e.map((v, k) => (v / total - (k === y[r] ? 1 : 0)) / m);
  });
  const dW: number[][][] = new Array(L);
  const db: number[][] = new Array(L);
  for (let l = L - 1; l >= 0; l--) {
    dW[l] = net.W[l].map((w, o) => w.map((_, i) => delta.reduce((s, d, r) => s + d[o] * a[l][r][i], 0)));
    db[l] = net.b[l].map((_, o) => delta.reduce((s, d) => s + d[o], 0));
    if (l === 0) break;
    // dL/dz one layer down: (δ·W) ⊙ σ′, σ′ = a(1 − a)
    delta = delta.map((d, r) =>
      a[l][r].map((h, i) => d.reduce((s, dk, o) => s + dk * net.W[l][o][i], 0) * h * (1 - h)),
    );
  }
  return { loss, dW, db };
}

/** The net moved by −η times a gradient, in the layers `moved` says. */
export function tinyStep(net: TinyNet, g: TinyGradient, eta: number, moved = (_l: number) => true): TinyNet {
  return {
    W: net.W.map((w, l) => w.map((row, o) => row.map((v, i) => (moved(l) ? v - eta * g.dW[l][o][i] : v)))),
    b: net.b.map((bl, l) => bl.map((v, o) => (moved(l) ? v - eta * g.db[l][o] : v))),
  };
}

/** The engine's plain NetRun with these weights (sizes from the arrays), on the TypeScript kernels. */
export function netRunOf(net: TinyNet, lr: number, overrides: Partial<RunConfig> = {}): NetRun {
  const sizes = [net.W[0][0].length, ...net.W.map((w) => w.length)];
  const config = configFrom('moons-quick', {
    hidden: sizes.slice(1, -1),
    nets: [{ name: 'plain', norm: 'none' }],
    ...overrides,
  });
  const weights = {
    sizes,
    weights: net.W.map((w) => Float64Array.from(w.flat())),
    biases: net.b.map((b) => Float64Array.from(b)),
  };
  return new NetRun('plain', 'none', config, sizes[0], sizes.at(-1)!, weights, lr, tsKernels);
}

/** 2 → 2 → 2 → 2, sigmoid, with biases: every number chosen by hand (multiples of 1/8, exact in float32). */
export const NET: TinyNet = {
  W: [
    [
      [1.5, -2],
      [0.75, 1.25],
    ],
    [
      [2, -1.5],
      [-1, 2.5],
    ],
    [
      [1.25, -0.5],
      [-2, 1.75],
    ],
  ],
  b: [
    [0.25, -0.5],
    [-0.125, 0.375],
    [0, 0.5],
  ],
};
export const X = [
  [1, -0.5],
  [-1.5, 2],
  [0.5, 1],
];
export const Y = [0, 1, 1];
export const BATCH = { x: Float32Array.from(X.flat()), y: Uint8Array.from(Y), rows: 3 };
