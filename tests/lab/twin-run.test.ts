import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { historyToJson } from '../../src/protocol/history-json.ts';
import { countTypedArrayAllocations } from '../engine/count-allocations.ts';
import { configFrom, runOf, runToEnd } from './run-helpers.ts';

const trajectory = JSON.parse(
  readFileSync(new URL('../fixtures/prng_and_trajectory.json', import.meta.url), 'utf8'),
) as {
  batch_order_seed2_first3_steps: number[][];
  'first20_losses_plain_gauss0.01_lr0.5': number[];
  'first20_losses_bn_gauss0.01_lr0.5': number[];
};

describe('the twin run on MNIST', () => {
  it('reproduces the reference batches of steps 0–2 and the first 20 mini-batch losses of both twins at lr 0.5', () => {
    const run = runOf(configFrom('paper-fig1', { lr: 0.5, steps: 20, probeEvery: 1000, probeSize: 10 }));
    const losses: Record<string, number[]> = { plain: [], bn: [] };
    for (let step = 0; step < 20; step++) {
      run.advance();
      if (step < 3) expect(Array.from(run.batch)).toEqual(trajectory.batch_order_seed2_first3_steps[step]);
      for (const net of run.nets) losses[net.name].push(net.lastLoss);
    }
    const expectClose = (got: number[], want: number[]) =>
      got.forEach((g, i) => expect(Math.abs(g - want[i]), `step ${i}`).toBeLessThan(1e-4));
    expectClose(losses.plain, trajectory['first20_losses_plain_gauss0.01_lr0.5']);
    expectClose(losses.bn, trajectory['first20_losses_bn_gauss0.01_lr0.5']);
  });

  it('builds both twins from the very same initial weights, the BN twin without hidden biases', () => {
    const run = runOf(configFrom('paper-fig1', { steps: 1, probeSize: 10 }));
    const [plain, bn] = run.nets;
    for (const name of ['W1', 'W2', 'W3', 'W4', 'b4'])
      expect(bn.mlp.param(name).value).toEqual(plain.mlp.param(name).value);
    expect(plain.mlp.params().map((p) => p.name)).toContain('b1');
    expect(bn.mlp.params().map((p) => p.name)).not.toContain('b1');
  });

  it('allocates no typed arrays in a lockstep step between probes, across an epoch boundary too', () => {
    const run = runOf(configFrom('paper-fig1', { steps: 1000, probeEvery: 1000, probeSize: 10 }));
    run.advance();
    // 8,000 / 60: the epoch turns over during step 133
    for (let i = 0; i < 125; i++) run.advance();
    expect(
      countTypedArrayAllocations(() => {
        for (let i = 0; i < 15; i++) run.advance();
      }),
    ).toBe(0);
  });

  it('gives byte-identical JSON for the same config and seeds', () => {
    const json = () =>
      historyToJson(runToEnd(runOf(configFrom('paper-fig1', { steps: 12, probeEvery: 6, probeSize: 100 }))).history);
    expect(json()).toBe(json());
  });
});

describe('the twin run on a synthetic set', () => {
  it('probes at step 0, every probeEvery updates and at the last step', () => {
    const run = runToEnd(runOf(configFrom('moons-quick', { steps: 120, probeEvery: 50 })));
    for (const net of Object.values(run.history.nets)) expect(net.probes.map((p) => p.step)).toEqual([0, 50, 100, 120]);
  });

  it('gives byte-identical JSON for the same config and seeds, and different JSON for another seed', () => {
    const json = (seed: number) =>
      historyToJson(runToEnd(runOf(configFrom('moons-quick', { steps: 60, initSeed: seed }))).history);
    expect(json(3)).toBe(json(3));
    expect(json(3)).not.toBe(json(4));
  });

  it.each([0, 0.9])(
    'trains exactly the same whether it probes every step or never in between (momentum %s)',
    (momentum) => {
      const often = runToEnd(runOf(configFrom('moons-quick', { steps: 40, probeEvery: 1, momentum })));
      const rarely = runToEnd(runOf(configFrom('moons-quick', { steps: 40, probeEvery: 1000, momentum })));
      for (let i = 0; i < often.nets.length; i++) {
        expect(often.nets[i].mlp.toJson()).toEqual(rarely.nets[i].mlp.toJson());
        expect(often.nets[i].lastLoss).toBe(rarely.nets[i].lastLoss);
      }
      expect(often.history.nets.bn.probes.at(-1)!.layers[0].batchPercentiles).toBeDefined();
    },
  );

  it('records learning-rate changes, and replaying them reproduces the run bit for bit', () => {
    const play = () => {
      const config = configFrom('moons-quick', { steps: 80 });
      const run = runOf(config);
      while (!run.finished) {
        if (run.step === 30) run.reconfigure({ ...config, nets: [config.nets[0], { ...config.nets[1], lr: 0.05 }] });
        if (run.step === 50) run.reconfigure({ ...config, lr: 2 });
        run.advance();
      }
      return run;
    };
    const first = play();
    expect(first.history.nets.bn.lrChanges).toEqual([
      [0, 0.5],
      [30, 0.05],
      [50, 2],
    ]);
    expect(first.history.nets.plain.lrChanges).toEqual([
      [0, 0.5],
      [50, 2],
    ]);
    expect(historyToJson(play().history)).toBe(historyToJson(first.history));
  });

  it('marks a net that blows up as diverged, with the step and reason, while its twin trains on', () => {
    // ReLU with a wide init: the BN net at lr 1000 overflows within a few steps, the plain one at lr 0.1 learns
    const config = configFrom('moons-quick', {
      activation: 'relu',
      init: { kind: 'gauss', sigma: 3 },
      steps: 200,
      nets: [
        { name: 'plain', norm: 'none', lr: 0.1 },
        { name: 'bn', norm: 'bn', lr: 1000 },
      ],
    });
    const run = runToEnd(runOf(config));
    const { plain, bn } = run.history.nets;
    expect(bn.diverged).not.toBeNull();
    expect(bn.diverged?.reason).toMatch(/NaN|∞|Infinity/);
    expect(bn.probes.at(-1)!.step).toBeLessThanOrEqual(bn.diverged!.step);
    expect(run.status().find((n) => n.name === 'bn')?.diverged).toEqual(bn.diverged);
    expect(plain.diverged).toBeNull();
    expect(run.step).toBe(200);
    expect(plain.probes.at(-1)!.step).toBe(200);
    expect(plain.probes.at(-1)!.testAccuracy).toBeGreaterThan(0.8);
  });

  it('writes NaN as null in JSON: the first probe has no train loss or gradient norms yet', () => {
    const run = runOf(configFrom('moons-quick', { steps: 10 }));
    const first = JSON.parse(historyToJson(run.history)).nets.plain.probes[0];
    expect(first.trainLoss).toBeNull();
    expect(first.layers[0].gradNorm.W).toBeNull();
    expect(first.testAccuracy).toBeGreaterThanOrEqual(0);
  });

  it('records every diagnostic the charts need, per hidden layer, with BN extras only on the BN net', () => {
    const run = runToEnd(runOf(configFrom('moons-quick', { steps: 50 })));
    const { plain, bn } = run.history.nets;
    const last = (p: typeof plain) => p.probes.at(-1)!;
    for (const net of [plain, bn]) {
      const probe = last(net);
      expect(probe.layers).toHaveLength(2);
      for (const layer of probe.layers) {
        expect(layer.histogram.counts.reduce((a, b) => a + b, 0)).toBe(500 * 16);
        expect(layer.percentiles.p50).toHaveLength(16);
        for (let u = 0; u < 16; u++) expect(layer.percentiles.p15[u]).toBeLessThanOrEqual(layer.percentiles.p85[u]);
        expect(layer.gradNorm.W).toBeGreaterThan(0);
        expect(layer.updateRatio.W).toBeGreaterThan(0);
      }
    }
    expect(last(plain).layers[0].rawHistogram).toBeUndefined();
    expect(last(plain).populationAccuracy).toBeUndefined();
    expect(last(bn).layers[0].rawHistogram).toBeDefined();
    expect(last(bn).layers[0].gamma?.mean).toBeGreaterThan(0);
    expect(last(bn).populationAccuracy).toBeGreaterThan(0.5);
    expect(last(bn).batchStatsAccuracy).toBeGreaterThan(0.5);
  });
});

describe('the config a twin run follows', () => {
  it('is the live one after reconfigure, while the history keeps the one it started from', () => {
    const config = configFrom('moons-quick', { steps: 50 });
    const run = runOf(config);
    run.reconfigure({ ...config, lr: 3, steps: 60 });
    expect(run.config).toMatchObject({ lr: 3, steps: 60 });
    expect(run.history.config).toMatchObject({ lr: config.lr, steps: 50 });
  });

  it('refuses a structural change as a live change', () => {
    const config = configFrom('moons-quick', { steps: 50 });
    expect(() => runOf(config).reconfigure({ ...config, hidden: [8] })).toThrow(/needs new nets/);
  });
});
