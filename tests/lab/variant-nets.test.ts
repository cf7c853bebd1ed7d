import { describe, expect, it } from 'vitest';
import { historyFromJson, historyToJson } from '../../src/protocol/history-json.ts';
import { namedNets, type NormKind } from '../../src/protocol/config.ts';
import { configFrom, runOf, runToEnd } from './run-helpers.ts';

const KINDS: readonly NormKind[] = ['none', 'bn', 'bn-fixed', 'center-stopgrad'];
const config = (kinds: readonly NormKind[]) =>
  configFrom('moons-quick', { steps: 60, probeEvery: 20, nets: namedNets(kinds.map((norm) => ({ norm }))) });

describe('nets of every kind in lockstep', () => {
  it('adding or reordering nets changes no other net: plain and BN of a four-net run equal the two-net run, bit for bit', () => {
    const two = runToEnd(runOf(config(['none', 'bn']))).history;
    const four = runToEnd(runOf(config(['center-stopgrad', 'bn', 'bn-fixed', 'none']))).history;
    for (const name of ['plain', 'bn']) {
      expect(historyToJson({ ...four, nets: { [name]: four.nets[name] } })).toBe(
        historyToJson({ ...four, nets: { [name]: two.nets[name] } }),
      );
    }
  });

  it('adding noisy-bn nets changes no other net: its noise has a stream of its own', () => {
    const two = runToEnd(runOf(config(['none', 'bn']))).history;
    const three = runToEnd(runOf(config(['noisy-bn', 'bn', 'none']))).history;
    for (const name of ['plain', 'bn']) {
      expect(historyToJson({ ...three, nets: { [name]: three.nets[name] } })).toBe(
        historyToJson({ ...three, nets: { [name]: two.nets[name] } }),
      );
    }
  });

  it('noisy-bn: two such nets draw the same noise, and the noise changes what the net learns', () => {
    const run = runToEnd(runOf(config(['bn', 'noisy-bn', 'noisy-bn'])));
    const [bn, noisy, noisy2] = run.nets.map((net) => net.mlp.toJson());
    expect(noisy2).toEqual(noisy);
    expect(noisy).not.toEqual(bn);
  });

  it('records in each probe only the fields a kind has', () => {
    const { nets } = runToEnd(runOf(config(KINDS))).history;
    const layer = (name: string) => nets[name].probes[1].layers[0];
    expect(Object.keys(nets)).toEqual(['plain', 'bn', 'bn-fixed', 'center-stopgrad']);
    expect(Object.values(nets).map((n) => n.norm)).toEqual(KINDS);
    // a hidden bias where the kind has one
    expect(layer('plain').biasNorm).toBeGreaterThan(0);
    expect(layer('center-stopgrad').biasNorm).toBeGreaterThan(0);
    expect(layer('bn').biasNorm).toBeNull();
    expect(layer('bn-fixed').biasNorm).toBeNull();
    // γ and β only where they are learned; the raw x·Wᵀ and other statistics wherever the net normalises
    expect(layer('bn').gamma).toBeDefined();
    expect(layer('bn-fixed').gamma).toBeUndefined();
    for (const name of ['bn', 'bn-fixed', 'center-stopgrad']) {
      expect(layer(name).rawHistogram, name).toBeDefined();
      expect(layer(name).batchHistogram, name).toBeDefined();
      expect(nets[name].probes[1].populationAccuracy, name).toBeGreaterThan(0);
      expect(nets[name].probes[1].batchStatsAccuracy, name).toBeGreaterThan(0);
    }
    expect(layer('plain').rawHistogram).toBeUndefined();
    expect(nets.plain.probes[1].populationAccuracy).toBeUndefined();
  });

  it('records for noisy-bn what it records for bn: no bias, γ and β, the raw and batch-statistics fields', () => {
    const { nets } = runToEnd(runOf(config(['bn', 'noisy-bn']))).history;
    const fields = (name: string) => {
      const probe = nets[name].probes[1];
      return [Object.keys(probe).sort(), Object.keys(probe.layers[0]).sort()];
    };
    expect(fields('noisy-bn')).toEqual(fields('bn'));
    expect(nets['noisy-bn'].probes[1].layers[0].biasNorm).toBeNull();
    expect(nets['noisy-bn'].norm).toBe('noisy-bn');
  });

  it('measures ‖W‖_F and ‖b‖₂ of each hidden layer, as summed by hand', () => {
    const run = runToEnd(runOf(config(['none'])));
    const probe = run.history.nets.plain.probes.at(-1)!;
    run.nets[0].mlp.hidden.forEach((hidden, l) => {
      const sumSq = (v: ArrayLike<number>) => Array.from(v).reduce((s, x) => s + x * x, 0);
      expect(probe.layers[l].weightNorm).toBeCloseTo(Math.sqrt(sumSq(hidden.dense.W.value)), 12);
      expect(probe.layers[l].biasNorm).toBeCloseTo(Math.sqrt(sumSq(hidden.dense.b!.value)), 12);
    });
  });

  it('center-stopgrad: its biases grow at every probe, though no update changes the output (§2)', () => {
    const { nets } = runToEnd(runOf({ ...config(['center-stopgrad']), steps: 1000, probeEvery: 100 })).history;
    for (const l of [0, 1]) {
      const norms = nets['center-stopgrad'].probes.map((p) => p.layers[l].biasNorm!);
      for (let i = 1; i < norms.length; i++)
        expect(norms[i], `layer ${l + 1}, probe ${i}`).toBeGreaterThan(norms[i - 1]);
    }
  });
});

describe('the JSON history, written and read back', () => {
  it('round-trips a four-kind run to the same text', () => {
    const text = historyToJson(runToEnd(runOf(config(['none', 'bn-fixed', 'center-stopgrad', 'noisy-bn']))).history);
    const back = historyFromJson(text);
    expect(back.version).toBe(2);
    expect(back.nets['bn-fixed'].probes[0].layers[0].histogram.counts).toBeInstanceOf(Uint32Array);
    expect(historyToJson(back)).toBe(text);
  });

  it('reads a version-1 file: a bn flag becomes the bn kind, and weight norms are unknown', () => {
    const layer = {
      histogram: { edges: [-8, 0, 8], counts: [3, 1] },
      percentiles: { p15: [0.1], p50: [0.2], p85: [0.3] },
      saturation: 0.5,
      meanDerivative: 0.2,
      gradNorm: { W: null, b: null },
      updateRatio: { W: null, b: null },
    };
    const probe = { step: 0, trainLoss: null, testLoss: 2.3, testAccuracy: 0.1, predictions: [1, 2], layers: [layer] };
    const v1 = {
      version: 1,
      config: {
        ...configFrom('moons-quick'),
        hidden: [2],
        nets: [
          { name: 'plain', bn: false },
          { name: 'bn', bn: true, lr: 2 },
        ],
      },
      thinned: 0,
      nets: {
        plain: { name: 'plain', bn: false, diverged: null, lrChanges: [[0, 0.5]], probes: [probe] },
        bn: { name: 'bn', bn: true, diverged: null, lrChanges: [[0, 2]], probes: [probe] },
      },
    };
    const history = historyFromJson(JSON.stringify(v1));
    expect(history.config.nets).toEqual([
      { name: 'plain', norm: 'none' },
      { name: 'bn', norm: 'bn', lr: 2 },
    ]);
    expect(history.nets.bn.norm).toBe('bn');
    const read = history.nets.plain.probes[0];
    expect(read.trainLoss).toBeNaN();
    expect(Array.from(read.layers[0].histogram.counts)).toEqual([3, 1]);
    expect(read.layers[0].weightNorm).toBeNaN();
    expect(read.layers[0].biasNorm).toBeNull();
  });

  it.each([
    ['{', /the JSON ends early: the file looks cut short/],
    ['{"version": NaN}', /this is not JSON/],
    ['[]', /a history is a JSON object/],
    ['{"version": 3}', /history\.version must be 1 or 2, got 3/],
    ['{"version": 2, "config": {"nets": 1}}', /history\.config\.nets must be a list/],
  ])('names what is wrong with a malformed file: %s', (text, message) => {
    expect(() => historyFromJson(text)).toThrow(message);
  });

  it('names the field deep inside a probe', () => {
    const history = JSON.parse(historyToJson(runToEnd(runOf(config(['none']))).history));
    history.nets.plain.probes[1].layers[0].percentiles.p50[3] = 'x';
    expect(() => historyFromJson(JSON.stringify(history))).toThrow(
      'history.nets.plain.probes[1].layers[0].percentiles.p50[3] must be a number',
    );
  });
});
