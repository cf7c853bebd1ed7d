import { describe, expect, it } from 'vitest';
import { drain } from '../../src/engine/slices.ts';
import { layerShift, ShiftTracker, unitMoments } from '../../src/lab/shift-probe.ts';
import type { RunConfig } from '../../src/protocol/config.ts';
import { NET, netRunOf, X, type TinyNet } from './tiny-mlp.ts';
import { configFrom, runOf } from './run-helpers.ts';

const CONFIG: RunConfig = configFrom('moons-quick');
const PROBE_X = Float32Array.from(X.flat());

/** Layer 1's sigmoid inputs z = x·W1ᵀ + b1 for every row of X, by hand. */
const firstLayerInputs = (net: TinyNet) =>
  X.map((x) => net.W[0].map((w, o) => w[0] * x[0] + w[1] * x[1] + net.b[0][o]));

/** Per unit: mean and biased std over the rows. */
function byHand(z: number[][]): { mean: number[]; std: number[] } {
  const units = z[0].length;
  const mean = Array.from({ length: units }, (_, j) => z.reduce((s, row) => s + row[j], 0) / z.length);
  const std = mean.map((mu, j) => Math.sqrt(z.reduce((s, row) => s + (row[j] - mu) ** 2, 0) / z.length));
  return { mean, std };
}

describe('the distribution shift of a layer’s sigmoid inputs between two probes', () => {
  it('is the mean over units of |Δmean| and |Δstd|: a 2-unit layer by hand', () => {
    const a = unitMoments(Float64Array.of(1, 10, 3, 14), 2, 2);
    expect(Array.from(a.mean)).toEqual([2, 12]);
    expect(Array.from(a.std)).toEqual([1, 2]);
    const b = unitMoments(Float64Array.of(0, 10, 6, 16), 2, 2);
    // unit 0: mean 3, std 3; unit 1: mean 13, std 3 → |Δmean| = 1, 1; |Δstd| = 2, 1
    expect(layerShift(b, a)).toEqual({ mean: 1, std: 1.5 });
  });

  it('measures a plain net on the fixed batch: null the first time, then the hand-computed shift of layer 1', () => {
    const net = netRunOf(NET, 1);
    const tracker = new ShiftTracker();
    expect(drain(tracker.measureSlices(net, 0, CONFIG, PROBE_X, 3))).toEqual([null, null]);
    const moved: TinyNet = {
      W: NET.W.map((w, l) =>
        l === 0
          ? [
              [2, -1.5],
              [0.5, 1],
            ]
          : w,
      ),
      b: NET.b.map((b, l) => (l === 0 ? [0.5, -0.25] : b)),
    };
    net.mlp.param('W1').value.set(moved.W[0].flat());
    net.mlp.param('b1').value.set(moved.b[0]);
    const shift = drain(tracker.measureSlices(net, 100, CONFIG, PROBE_X, 3));
    const before = byHand(firstLayerInputs(NET));
    const after = byHand(firstLayerInputs(moved));
    const meanOver = (f: (j: number) => number) => (f(0) + f(1)) / 2;
    expect(shift[0]!.mean).toBeCloseTo(
      meanOver((j) => Math.abs(after.mean[j] - before.mean[j])),
      6,
    );
    expect(shift[0]!.std).toBeCloseTo(
      meanOver((j) => Math.abs(after.std[j] - before.std[j])),
      6,
    );
    expect(shift[0]!.mean).toBeGreaterThan(0.1);
    // layer 2 moved too, as its inputs did
    expect(shift[1]!.mean).toBeGreaterThan(0);
  });

  it('a BN net’s shift in training mode is |Δβ| and nearly |Δγ|: its sigmoid inputs have mean β and std γ·σ/√(σ² + ε)', () => {
    const run = runOf(configFrom('moons-quick', { nets: [{ name: 'bn', norm: 'bn' }] }));
    const net = run.nets[0];
    const tracker = new ShiftTracker();
    drain(tracker.measureSlices(net, 0, run.config, PROBE_X, 3));
    const units = net.mlp.hidden[0].units;
    const beta = net.mlp.param('beta1').value;
    const gamma = net.mlp.param('gamma1').value;
    for (let j = 0; j < units; j++) {
      beta[j] = 0.25;
      gamma[j] = j % 2 === 0 ? 1.5 : 0.5;
    }
    const shift = drain(tracker.measureSlices(net, 50, run.config, PROBE_X, 3));
    expect(shift[0]!.mean).toBeCloseTo(0.25, 5);
    expect(shift[0]!.std).toBeCloseTo(0.5, 3);
  });

  it('noisy-bn draws its probe noise from a stream seeded by the step: the same step gives no shift, another one does', () => {
    const run = runOf(configFrom('moons-quick', { nets: [{ name: 'noisy-bn', norm: 'noisy-bn' }] }));
    const net = run.nets[0];
    const state = net.mlp.noise!.state;
    const tracker = new ShiftTracker();
    drain(tracker.measureSlices(net, 10, run.config, PROBE_X, 3));
    expect(drain(tracker.measureSlices(net, 10, run.config, PROBE_X, 3))).toEqual([
      { mean: 0, std: 0 },
      { mean: 0, std: 0 },
    ]);
    const other = drain(tracker.measureSlices(net, 20, run.config, PROBE_X, 3));
    // μ_t is drawn from U(−0.5, 0.5) for each probe: the inputs move by about a quarter on average
    expect(other[0]!.mean).toBeGreaterThan(0.01);
    // the training noise stream is where it was
    expect(net.mlp.noise!.state).toBe(state);
  });

  it('gives null for a probe batch of one row: training mode needs two for batch statistics', () => {
    expect(drain(new ShiftTracker().measureSlices(netRunOf(NET, 1), 5, CONFIG, PROBE_X, 1))).toEqual([null, null]);
  });
});
