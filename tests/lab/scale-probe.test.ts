import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/dataset.ts';
import { drain } from '../../src/engine/slices.ts';
import { historyToJson } from '../../src/protocol/history-json.ts';
import { scaleProbe, scaleProbeSlices } from '../../src/lab/scale-probe.ts';
import type { ScaleProbeResult } from '../../src/protocol/measurements.ts';
import { TwinRun } from '../../src/lab/twin-run.ts';
import { namedNets, type RunConfig } from '../../src/protocol/config.ts';
import { configFrom, runOf, runToEnd } from './run-helpers.ts';

/** Indices of the factors a in [lo, hi] on the probe's grid. */
const within = (r: ScaleProbeResult, lo: number, hi: number) =>
  r.factors.flatMap((a, i) => (a >= lo - 1e-12 && a <= hi + 1e-12 ? [i] : []));

/** max |v_i − v_ref| / |v_ref| over the indices. */
const spread = (values: readonly number[], indices: readonly number[], ref: number) =>
  Math.max(...indices.map((i) => Math.abs(values[i] - ref) / Math.abs(ref)));

/** a·‖∂L/∂W‖ at a·W: constant where BN is scale-invariant. */
const scaledGrad = (r: ScaleProbeResult, net: string) => r.nets[net].gradNorm.map((g, i) => r.factors[i] * g);

describe('the scale probe after 500 steps of paper-fig1 (§3.3)', () => {
  let run: TwinRun;
  const probes: ScaleProbeResult[] = [];

  beforeAll(() => {
    run = runToEnd(runOf(configFrom('paper-fig1', { steps: 500, probeEvery: 500, probeSize: 100 })));
    for (const layer of [1, 2, 3]) probes.push(scaleProbe(run, layer));
  });

  it('scans 13 factors from 0.1 to 10, six per decade with 1 exactly, for every net at step 500', () => {
    const [first] = probes;
    expect(first.step).toBe(500);
    expect(probes.map((p) => p.layer)).toEqual([1, 2, 3]);
    expect(first.factors).toHaveLength(13);
    expect(first.factors[0]).toBe(0.1);
    expect(first.factors[6]).toBe(1);
    expect(first.factors[12]).toBe(10);
    first.factors.slice(1).forEach((a, k) => expect(a / first.factors[k]).toBeCloseTo(10 ** (1 / 6), 12));
    expect(Object.keys(first.nets)).toEqual(['plain', 'bn']);
    for (const net of Object.values(first.nets)) {
      expect(net.loss).toHaveLength(13);
      expect(net.gradNorm).toHaveLength(13);
    }
  });

  it('for a in [1, 10] keeps BN’s L(a) and a·‖∇L‖(a) within 1e-3 relative, on every hidden layer', () => {
    for (const probe of probes) {
      const up = within(probe, 1, 10);
      expect(up).toHaveLength(7);
      const { loss } = probe.nets.bn;
      const grad = scaledGrad(probe, 'bn');
      expect(spread(loss, up, loss[6]), `L, layer ${probe.layer}`).toBeLessThan(1e-3);
      expect(spread(grad, up, grad[6]), `a·‖∇‖, layer ${probe.layer}`).toBeLessThan(1e-3);
    }
  });

  it('for a in [1, 10] moves the plain net’s L(a) by far more: over 1 % and over 100 times BN’s change', () => {
    for (const probe of probes) {
      const up = within(probe, 1, 10);
      const plain = spread(probe.nets.plain.loss, up, probe.nets.plain.loss[6]);
      const bn = spread(probe.nets.bn.loss, up, probe.nets.bn.loss[6]);
      expect(plain, `layer ${probe.layer}`).toBeGreaterThan(0.01);
      expect(plain, `layer ${probe.layer}`).toBeGreaterThan(100 * bn);
    }
  });

  it('below a = 1 shows ε: BN deviates more from its large-a value at a = 0.1 than at a = 1', () => {
    const rows = probes.map((probe) => {
      const { loss } = probe.nets.bn;
      const grad = scaledGrad(probe, 'bn');
      // a = 10, where a·σ is largest and ε/(a·σ)² smallest, stands in for the ε-free value
      const deviation = (values: readonly number[], i: number) => Math.abs(values[i] - values[12]) / values[12];
      return {
        layer: probe.layer,
        lossAt01: deviation(loss, 0),
        lossAt1: deviation(loss, 6),
        gradAt01: deviation(grad, 0),
        gradAt1: deviation(grad, 6),
      };
    });
    console.log(
      'BN scale invariance after 500 steps of paper-fig1, relative deviation from a = 10:\n' +
        rows
          .map(
            (r) =>
              `  layer ${r.layer}: L at a = 0.1 ${r.lossAt01.toExponential(2)}, at a = 1 ${r.lossAt1.toExponential(2)};` +
              ` a·‖∇L‖ at a = 0.1 ${r.gradAt01.toExponential(2)}, at a = 1 ${r.gradAt1.toExponential(2)}`,
          )
          .join('\n'),
    );
    for (const r of rows) {
      expect(r.lossAt01, `L, layer ${r.layer}`).toBeGreaterThan(r.lossAt1);
      expect(r.gradAt01, `a·‖∇‖, layer ${r.layer}`).toBeGreaterThan(r.gradAt1);
    }
  });

  it('refuses a layer the nets do not have', () => {
    expect(() => scaleProbe(run, 0)).toThrow('expected a hidden layer 1…3, got 0');
    expect(() => scaleProbe(run, 4)).toThrow('expected a hidden layer 1…3, got 4');
  });
});

describe('the scale probe on a hand-computable 2-unit BN layer', () => {
  // two samples u₁ = (1, 0.002) of class 0 and u₂ = (3, 0) of class 1; W₁ = I, γ = 1, β = 0;
  // the logits are (σ(h₁) + σ(h₂), 0) with h the BN output: W₂ = [[1, 1], [0, 0]], b₂ = 0
  const x = Float32Array.from([1, 0.002, 3, 0]);
  const y = Uint8Array.from([0, 1]);
  const dataset: Dataset = {
    name: 'blobs',
    inputSize: 2,
    classes: 2,
    train: { x, y, rows: 2 },
    test: { x, y, rows: 2 },
  };
  const config: RunConfig = {
    ...configFrom('moons-quick'),
    dataset: 'blobs',
    hidden: [2],
    batchSize: 2,
    steps: 1,
    nets: [{ name: 'bn', norm: 'bn' }],
  };
  const eps = 1e-5;

  /**
   * By hand, batch statistics per unit: unit 1 sees a·1 and a·3 (μ = 2a, σ² = a²), unit 2 sees a·0.002 and 0
   * (μ = 0.001a, σ² = (0.001a)²). So x̂ = ∓s₁ and ±s₂ with s₁ = a/√(a² + ε), s₂ = 0.001a/√((0.001a)² + ε):
   * a = 1: s₁ = 0.999995, s₂ = 1/√11 = 0.301511; a = 2: s₁ = 0.99999875, s₂ = 0.002/√(1.4e-5) = 0.534522.
   */
  function byHand(a: number): { h: number[][]; loss: number } {
    const s1 = a / Math.sqrt(a * a + eps);
    const s2 = (0.001 * a) / Math.sqrt((0.001 * a) ** 2 + eps);
    const sigmoid = (t: number) => 1 / (1 + Math.exp(-t));
    const v1 = sigmoid(-s1) + sigmoid(s2);
    const v2 = sigmoid(s1) + sigmoid(-s2);
    // cross-entropy of logits (v, 0): class 0 costs log(1 + e^(−v)), class 1 log(1 + e^v)
    const loss = (Math.log1p(Math.exp(-v1)) + Math.log1p(Math.exp(v2))) / 2;
    return {
      h: [
        [-s1, s2],
        [s1, -s2],
      ],
      loss,
    };
  }

  function handSetRun(): TwinRun {
    const run = new TwinRun(config, dataset);
    run.advance();
    const { mlp } = run.nets[0];
    mlp.param('W1').value.set([1, 0, 0, 1]);
    mlp.param('gamma1').value.set([1, 1]);
    mlp.param('beta1').value.set([0, 0]);
    mlp.param('W2').value.set([1, 1, 0, 0]);
    mlp.param('b2').value.set([0, 0]);
    return run;
  }

  it.each([1, 2])('gives the BN output and the loss computed by hand at a = %s', (a) => {
    const run = handSetRun();
    const result = scaleProbe(run, 1, [a]);
    const expected = byHand(a);
    expect(result.nets.bn.loss[0]).toBeCloseTo(expected.loss, 6);
    const h = run.nets[0].mlp.hidden[0].activationInput;
    run.batch.forEach((sample, row) => {
      expect(h[2 * row]).toBeCloseTo(expected.h[sample][0], 6);
      expect(h[2 * row + 1]).toBeCloseTo(expected.h[sample][1], 6);
    });
    expect(Array.from(run.nets[0].mlp.param('W1').value)).toEqual([1, 0, 0, 1]);
  });

  it('shows ε breaking the invariance where a·σ is tiny: unit 2 moves from 0.3015 to 0.5345, unit 1 stays at 1', () => {
    const [one, two] = [byHand(1), byHand(2)];
    expect(two.h[0][0] - one.h[0][0]).toBeCloseTo(-3.75e-6, 8);
    expect(two.h[0][1] - one.h[0][1]).toBeCloseTo(0.233011, 6);
    const result = scaleProbe(handSetRun(), 1, [1, 2]);
    expect(result.nets.bn.loss[1] - result.nets.bn.loss[0]).toBeCloseTo(two.loss - one.loss, 6);
    expect(Math.abs(two.loss - one.loss)).toBeGreaterThan(1e-2);
  });

  it('refuses step 0: there is no training batch yet', () => {
    expect(() => scaleProbe(new TwinRun(config, dataset), 1)).toThrow(
      'the scale probe uses the last training batch: advance at least one step first',
    );
  });
});

describe('the scale probe changes nothing the run keeps', () => {
  const config = configFrom('moons-quick', {
    steps: 30,
    probeEvery: 10,
    momentum: 0.9,
    nets: namedNets([{ norm: 'none' }, { norm: 'bn' }, { norm: 'bn-fixed' }, { norm: 'center-stopgrad' }]),
  });

  it('trains bit for bit as a run without it: same weights, running statistics and history', () => {
    const probed = runOf(config);
    const plain = runOf(config);
    while (!probed.finished) {
      probed.advance();
      plain.advance();
      if (probed.step % 5 !== 0) continue;
      const before = probed.nets.map((n) => [n.mlp.toJson(), n.lastLoss]);
      scaleProbe(probed, 1 + ((probed.step / 5) % 2));
      expect(probed.nets.map((n) => [n.mlp.toJson(), n.lastLoss])).toEqual(before);
    }
    probed.nets.forEach((net, i) => expect(net.mlp.toJson()).toEqual(plain.nets[i].mlp.toJson()));
    expect(historyToJson(probed.history)).toBe(historyToJson(plain.history));
  });

  it('leaves out a diverged net', () => {
    const run = runOf(config);
    run.advance();
    run.nets[1].diverged = { step: 1, reason: 'for the test' };
    expect(Object.keys(scaleProbe(run, 1).nets)).toEqual(['plain', 'bn-fixed', 'center-stopgrad']);
  });

  it('in slices gives the same numbers, with a slice after every factor of every net', () => {
    const run = runOf(config);
    run.advance();
    let slices = 0;
    const sliced = scaleProbeSlices(run, 2);
    let next = sliced.next();
    for (; !next.done; next = sliced.next()) slices++;
    expect(slices).toBe(4 * 13);
    expect(next.value).toEqual(drain(scaleProbeSlices(run, 2)));
  });
});
