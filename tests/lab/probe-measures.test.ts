import { describe, expect, it } from 'vitest';
import { historyToCsv } from '../../src/protocol/history-csv.ts';
import { historyFromJson, historyToJson } from '../../src/protocol/history-json.ts';
import { namedNets, type MeasureFlags, type RunConfig } from '../../src/protocol/config.ts';
import type { RunHistory } from '../../src/protocol/history.ts';
import { configFrom, runOf, runToEnd } from './run-helpers.ts';

const ALL: MeasureFlags = { shift: true, ics: true, landscape: true };

/** Every kind with noise or statistics a measurement could disturb, on MNIST: 784-100-100-100-10, batch 10. */
const config = (measure?: MeasureFlags): RunConfig =>
  configFrom('paper-fig1', {
    steps: 9,
    probeEvery: 3,
    batchSize: 10,
    probeSize: 100,
    momentum: 0.5,
    nets: namedNets([{ norm: 'none' }, { norm: 'bn' }, { norm: 'noisy-bn' }, { norm: 'center-stopgrad' }]),
    ...(measure ? { measure } : {}),
  });

/** The history without the measurements' fields and without the config's measure: what training alone records. */
function withoutMeasures(history: RunHistory): unknown {
  const json = JSON.parse(historyToJson(history));
  delete json.config.measure;
  for (const net of Object.values<{ probes: Record<string, unknown>[] }>(json.nets)) {
    for (const probe of net.probes) {
      delete probe.landscape;
      for (const layer of probe.layers as Record<string, unknown>[]) {
        delete layer.shift;
        delete layer.ics;
      }
    }
  }
  return json;
}

describe('the critique’s measurements at every probe', () => {
  const measured = runToEnd(runOf(config(ALL)));
  const control = runToEnd(runOf(config()));

  it('leave training bit for bit as without them: weights, running statistics, noise stream and every probe', () => {
    measured.nets.forEach((net, i) => {
      const twin = control.nets[i];
      expect(net.mlp.toJson(), net.name).toEqual(twin.mlp.toJson());
      expect(net.lastLoss, net.name).toBe(twin.lastLoss);
      expect(net.mlp.noise?.state, net.name).toBe(twin.mlp.noise?.state);
      net.mlp.batchNorms.forEach((bn, l) => {
        expect(bn.batchMean, `${net.name} μ_B ${l + 1}`).toEqual(twin.mlp.batchNorms[l].batchMean);
        expect(bn.batchVar, `${net.name} σ²_B ${l + 1}`).toEqual(twin.mlp.batchNorms[l].batchVar);
      });
    });
    expect(withoutMeasures(measured.history)).toEqual(withoutMeasures(control.history));
  });

  it('are null at step 0 and numbers afterwards, per hidden layer (shift, ics) and per probe (landscape)', () => {
    for (const net of Object.values(measured.history.nets)) {
      const [first, ...rest] = net.probes;
      expect(first.landscape, net.name).toBeNull();
      for (const layer of first.layers) expect([layer.shift, layer.ics]).toEqual([null, null]);
      for (const probe of rest) {
        expect(probe.landscape!.lossMax, net.name).toBeGreaterThanOrEqual(probe.landscape!.lossMin);
        expect(probe.landscape!.betaEff, net.name).toBeGreaterThan(0);
        expect(probe.layers[0].ics, net.name).toEqual({ l2: 0, cos: 1 });
        for (const layer of probe.layers) {
          expect(layer.shift!.mean, net.name).toBeGreaterThan(0);
          expect(layer.ics!.cos, net.name).toBeLessThanOrEqual(1 + 1e-12);
        }
        expect(probe.layers[2].ics!.l2, net.name).toBeGreaterThan(0);
      }
    }
  });

  it('leave their fields out when off', () => {
    const probe = control.history.nets.bn.probes[1];
    expect('landscape' in probe).toBe(false);
    expect('shift' in probe.layers[0] || 'ics' in probe.layers[0]).toBe(false);
    expect(control.history.config.measure).toBeUndefined();
  });

  it('noisy-bn moves its sigmoid inputs more than bn between probes: its noise is a shift of its own', () => {
    const shiftOf = (name: string) => measured.history.nets[name].probes.at(-1)!.layers[2].shift!.mean;
    expect(shiftOf('noisy-bn')).toBeGreaterThan(shiftOf('bn'));
  });

  it('write to JSON and read back to the same text, nulls and all', () => {
    const text = historyToJson(measured.history);
    const written = JSON.parse(text).nets['noisy-bn'].probes;
    expect(written[0].landscape).toBeNull();
    expect(Object.keys(written[1].landscape)).toEqual(['lossMin', 'lossMax', 'gradPredictiveness', 'betaEff']);
    expect(Object.keys(written[1].layers[1].shift)).toEqual(['mean', 'std']);
    expect(Object.keys(written[1].layers[1].ics)).toEqual(['l2', 'cos']);
    const back = historyFromJson(text);
    expect(back.config.measure).toEqual(ALL);
    expect(back.nets['noisy-bn'].probes[1].layers[1].ics).toEqual(
      measured.history.nets['noisy-bn'].probes[1].layers[1].ics,
    );
    expect(historyToJson(back)).toBe(text);
  });

  it('read a written null inside a measurement back as NaN, and name a malformed one', () => {
    const json = JSON.parse(historyToJson(measured.history));
    json.nets.bn.probes[1].landscape.betaEff = null;
    expect(historyFromJson(JSON.stringify(json)).nets.bn.probes[1].landscape!.betaEff).toBeNaN();
    json.nets.bn.probes[1].layers[0].shift = 3;
    expect(() => historyFromJson(JSON.stringify(json))).toThrow(
      'history.nets.bn.probes[1].layers[0].shift must be an object or null',
    );
    json.nets.bn.probes[1].layers[0].shift = { mean: 1 };
    expect(() => historyFromJson(JSON.stringify(json))).toThrow(
      'history.nets.bn.probes[1].layers[0].shift.std is missing',
    );
  });

  it('fill their CSV columns: landscape in probes.csv, shift and ics in layers.csv (empty at step 0)', () => {
    const csv = historyToCsv(measured.history);
    const rows = (file: string) =>
      csv[file]
        .trimEnd()
        .split('\n')
        .map((line) => line.split(','));
    const [probeHead, ...probeRows] = rows('probes.csv');
    expect(probeHead.slice(-4)).toEqual(['loss_min', 'loss_max', 'grad_predictiveness', 'beta_eff']);
    expect(probeRows[0].slice(-4)).toEqual(['', '', '', '']);
    expect(
      probeRows[1]
        .slice(-4)
        .map(Number)
        .every((v) => v > 0),
    ).toBe(true);
    const [layerHead, ...layerRows] = rows('layers.csv');
    expect(layerHead.slice(-4)).toEqual(['shift_mean', 'shift_std', 'ics_l2', 'ics_cos']);
    expect(layerRows[0].slice(-4)).toEqual(['', '', '', '']);
    // the plain net at step 3, layer 1: a shift, and ICS 0 and 1 (no layers below)
    expect(layerRows[3].slice(0, 3)).toEqual(['plain', '3', '1']);
    expect(layerRows[3].slice(-2)).toEqual(['0', '1']);
  });
});

describe('turning the measurements on and off during a run', () => {
  it('applies live, from the next probe; the shift starts afresh (null) after a probe without it', () => {
    const base = configFrom('moons-quick', { steps: 60, probeEvery: 10 });
    const run = runOf(base);
    const until = (step: number) => {
      while (run.step < step) run.advance();
    };
    until(10);
    run.reconfigure({ ...base, measure: ALL });
    until(30);
    run.reconfigure({ ...base, measure: { shift: false, ics: true, landscape: false } });
    until(40);
    run.reconfigure({ ...base, measure: { shift: true, ics: false, landscape: false } });
    runToEnd(run);
    const probes = run.history.nets.bn.probes;
    expect(probes.map((p) => p.step)).toEqual([0, 10, 20, 30, 40, 50, 60]);
    const shown = (value: unknown) => (value === undefined ? 'off' : value === null ? 'null' : 'value');
    expect(probes.map((p) => shown(p.layers[0].shift))).toEqual([
      'off',
      'off',
      'null',
      'value',
      'off',
      'null',
      'value',
    ]);
    expect(probes.map((p) => shown(p.layers[1].ics))).toEqual(['off', 'off', 'value', 'value', 'value', 'off', 'off']);
    expect(probes.map((p) => shown(p.landscape))).toEqual(['off', 'off', 'value', 'value', 'off', 'off', 'off']);
  });
});
