import { describe, expect, it } from 'vitest';
import type { Split } from '../../src/data/dataset.ts';
import { historyToJson } from '../../src/protocol/history-json.ts';
import type { NetRun } from '../../src/lab/net-run.ts';
import { namedNets, type RunConfig, type RunEvent } from '../../src/protocol/config.ts';
import { configFrom, runOf, runToEnd } from './run-helpers.ts';

const scale = (step: number, layer: number, factor: number): RunEvent => ({ step, type: 'scale', layer, factor });

/** Eval-mode logits of the first `rows` test samples. */
function evalLogits(net: NetRun, test: Split, rows: number): Float32Array {
  return Float32Array.from(net.mlp.forward(test.x.subarray(0, rows * net.mlp.inputSize), rows, 'eval'));
}

/** max |a_i − b_i| / max |b_i| */
function relativeChange(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let diff = 0;
  let size = 0;
  for (let i = 0; i < b.length; i++) {
    diff = Math.max(diff, Math.abs(a[i] - b[i]));
    size = Math.max(size, Math.abs(b[i]));
  }
  return diff / size;
}

describe('Apply: a scale event replays bit for bit', () => {
  const config: RunConfig = configFrom('moons-quick', {
    steps: 120,
    probeEvery: 10,
    momentum: 0.9,
    nets: namedNets([{ norm: 'none' }, { norm: 'bn' }, { norm: 'bn-fixed' }, { norm: 'center-stopgrad' }]),
  });
  const events = [scale(50, 2, 3), scale(50, 1, 0.25), scale(90, 2, 0.5)];

  it('applied live at step 50 (and one more due at 90) equals a fresh run with the events in its config', () => {
    const live = runOf(config);
    while (live.step < 50) live.advance();
    live.reconfigure({ ...config, events });
    runToEnd(live);
    const replay = runToEnd(runOf({ ...config, events }));
    live.nets.forEach((net, i) => expect(net.mlp.toJson()).toEqual(replay.nets[i].mlp.toJson()));
    expect(historyToJson(live.history)).toBe(historyToJson(replay.history));
    expect(live.history.config.events).toEqual(events);
  });

  it('changes the run: without the events the nets end elsewhere', () => {
    const without = runToEnd(runOf(config));
    const withEvents = runToEnd(runOf({ ...config, events }));
    expect(without.nets[1].mlp.toJson()).not.toEqual(withEvents.nets[1].mlp.toJson());
  });

  it('applies an event after its step’s probe: the probe at step 50 is the same with or without it', () => {
    const without = runToEnd(runOf(config)).history.nets.bn.probes;
    const withEvents = runToEnd(runOf({ ...config, events })).history.nets.bn.probes;
    const at = (probes: typeof without, step: number) => probes.find((p) => p.step === step);
    expect(at(withEvents, 50)).toEqual(at(without, 50));
    expect(at(withEvents, 60)!.testLoss).not.toBe(at(without, 60)!.testLoss);
  });

  it('applied live at step 0, before any update, equals the event in the config from the start', () => {
    const live = runOf(config);
    live.reconfigure({ ...config, events: [scale(0, 1, 2)] });
    runToEnd(live);
    const replay = runToEnd(runOf({ ...config, events: [scale(0, 1, 2)] }));
    expect(historyToJson(live.history)).toBe(historyToJson(replay.history));
  });

  it('refuses a new event before the current step, and changes nothing then', () => {
    const run = runOf(config);
    while (run.step < 30) run.advance();
    const before = run.nets.map((n) => n.mlp.toJson());
    expect(() => run.reconfigure({ ...config, events: [scale(29, 1, 2)] })).toThrow(
      'an event at step 29 is before this step, 30: it needs a reset',
    );
    expect(run.config.events).toBeUndefined();
    expect(run.nets.map((n) => n.mlp.toJson())).toEqual(before);
  });

  it('refuses to drop or change an applied event live', () => {
    const run = runOf({ ...config, events: [scale(10, 1, 2)] });
    while (run.step < 30) run.advance();
    expect(() => run.reconfigure(config)).toThrow('this config change needs new nets, not a live change');
  });
});

describe('Apply: what it does to a net', () => {
  const config = configFrom('paper-fig1', {
    steps: 200,
    probeEvery: 200,
    probeSize: 100,
    nets: namedNets([{ norm: 'none' }, { norm: 'bn' }, { norm: 'bn-fixed' }, { norm: 'center-stopgrad' }]),
  });
  const centerMeans = (net: NetRun) => net.mlp.hidden.map((h) => Float32Array.from(h.center?.runningMean ?? []));
  /** The nets after 200 steps: weights and BN running statistics, and mean-centring's running means (not in toJson). */
  const done = runToEnd(runOf(config));
  const trained = done.nets.map((n) => n.mlp.toJson());
  const trainedCenters = centerMeans(done.nets[3]);

  /** A run at step 0 holding the trained nets. */
  function trainedRun() {
    const run = runOf(config);
    run.nets.forEach((net, i) => net.mlp.loadJson(trained[i]));
    run.nets[3].mlp.hidden.forEach((h, l) => h.center!.runningMean.set(trainedCenters[l]));
    return run;
  }

  /** The trained nets before and after one event, applied live at its step (0). */
  function applied(layer: number, factor: number) {
    const run = trainedRun();
    const test = run.dataset.test;
    const state = (net: NetRun) => ({
      json: net.mlp.toJson(),
      centers: centerMeans(net),
      logits: evalLogits(net, test, 100),
    });
    const before = run.nets.map(state);
    run.reconfigure({ ...config, events: [scale(0, layer, factor)] });
    return { run, before, after: run.nets.map(state) };
  }

  it('multiplies W_l by a, BN’s running mean by a and its running variance by a², and nothing else', () => {
    const { run, before, after } = applied(2, 3);
    const f32 = (v: number) => Math.fround(v);
    run.nets.forEach((net, i) => {
      const was = before[i].json as Record<string, number[] | number[][]>;
      for (const [name, value] of Object.entries(after[i].json as Record<string, number[] | number[][]>)) {
        const old = was[name].flat();
        const now = value.flat();
        if (name === 'W2') expect(now).toEqual(old.map((w) => f32(3 * w)));
        else if (name === 'running_mean2') expect(now).toEqual(old.map((m) => f32(3 * m)));
        else if (name === 'running_var2') expect(now).toEqual(old.map((v) => f32(9 * v)));
        else expect(now, `${net.name} ${name}`).toEqual(old);
      }
    });
  });

  it('scales mean-centring’s running mean by a but not its bias b', () => {
    const { before, after } = applied(1, 2);
    const [was, now] = [before[3], after[3]];
    expect(was.centers[0].some((m) => m !== 0)).toBe(true);
    expect(now.centers[0]).toEqual(was.centers[0].map((m) => Math.fround(2 * m)));
    expect(now.centers.slice(1)).toEqual(was.centers.slice(1));
    expect((now.json as Record<string, number[]>).b1).toEqual((was.json as Record<string, number[]>).b1);
  });

  it.each([
    [1, 2],
    [2, 0.5],
    [3, 10],
  ])('leaves a BN net’s eval-mode outputs as they were, up to ε (layer %s, a = %s)', (layer, factor) => {
    const { run, before, after } = applied(layer, factor);
    for (const i of [1, 2]) {
      const change = relativeChange(after[i].logits, before[i].logits);
      console.log(
        `Apply ×${factor} on layer ${layer}: ${run.nets[i].name} eval logits change by ${change.toExponential(2)}`,
      );
      expect(change).toBeLessThan(1e-4);
    }
  });

  it('gives exactly the BN output ε predicts: γ·(z − μ)/√(v + ε/a²) + β from the old z, μ and v', () => {
    const [layer, a, rows] = [2, 0.5, 100];
    const run = trainedRun();
    const bnNet = run.nets[1];
    const hidden = bnNet.mlp.hidden[layer - 1];
    const bn = hidden.batchNorm!;
    evalLogits(bnNet, run.dataset.test, rows);
    const z = Float64Array.from(hidden.linearOutput.subarray(0, rows * hidden.units));
    const [mu, v] = [Float64Array.from(bn.runningMean), Float64Array.from(bn.runningVar)];
    run.reconfigure({ ...config, events: [scale(0, layer, a)] });
    evalLogits(bnNet, run.dataset.test, rows);
    const u = hidden.units;
    const predicted = Float64Array.from(z, (zi, k) => {
      const j = k % u;
      return (bn.gamma.value[j] * (zi - mu[j])) / Math.sqrt(v[j] + bn.epsilon / (a * a)) + bn.beta.value[j];
    });
    expect(relativeChange(hidden.activationInput.subarray(0, rows * u), predicted)).toBeLessThan(1e-6);
  });

  it('changes the plain net’s outputs', () => {
    const { before, after } = applied(2, 2);
    expect(relativeChange(after[0].logits, before[0].logits)).toBeGreaterThan(0.01);
  });

  it('goes on training from the scaled weights', () => {
    const { run } = applied(2, 2);
    const scaledW = Float32Array.from(run.nets[1].mlp.param('W2').value);
    run.advance();
    expect(run.step).toBe(1);
    expect(run.nets[1].mlp.param('W2').value).not.toEqual(scaledW);
    expect(run.nets.every((net) => net.diverged === null)).toBe(true);
  });
});
