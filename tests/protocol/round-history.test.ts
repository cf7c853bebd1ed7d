import { describe, expect, it } from 'vitest';
import { historyFromJson, historyToJson } from '../../src/protocol/history-json.ts';
import { roundHistory, roundNumber } from '../../src/protocol/round-history.ts';
import { configFrom, runOf, runToEnd } from '../lab/run-helpers.ts';

describe('rounding to 7 significant digits', () => {
  it.each([
    [0.123456789, 0.1234568],
    [-2.718281828, -2.718282],
    [1234.56789, 1234.568],
    [9.99999999, 10],
    [1.23456789e-10, 1.234568e-10],
    [0.1, 0.1],
  ])('rounds %s to %s', (x, rounded) => {
    expect(roundNumber(x)).toBe(rounded);
  });

  it.each([[0], [-0], [7], [123456789], [2 ** 40], [NaN], [Infinity], [-Infinity]])('keeps %s as it is', (x) => {
    expect(roundNumber(x)).toBe(x);
  });

  it('rounds every probe number of a run, keeps counts, predictions, steps, config and lr changes, and survives JSON', () => {
    const run = runToEnd(runOf(configFrom('moons-quick', { steps: 40, probeEvery: 20 })));
    const rounded = roundHistory(run.history);
    const before = run.history.nets.bn.probes[1];
    const after = rounded.nets.bn.probes[1];
    expect(after.testLoss).toBe(Number(before.testLoss.toPrecision(7)));
    expect(after.layers[0].percentiles.p50).toEqual(
      before.layers[0].percentiles.p50.map((v) => Number(v.toPrecision(7))),
    );
    expect(after.layers[0].histogram.counts).toEqual(before.layers[0].histogram.counts);
    expect(after.predictions).toEqual(before.predictions);
    expect(after.step).toBe(before.step);
    // NaN (the step-0 train loss) stays NaN
    expect(rounded.nets.bn.probes[0].trainLoss).toBeNaN();
    expect(rounded.config).toEqual(run.history.config);
    expect(rounded.nets.bn.lrChanges).toEqual(run.history.nets.bn.lrChanges);
    // rounding again changes nothing, before or after a trip through JSON
    expect(roundHistory(rounded)).toEqual(rounded);
    expect(historyFromJson(historyToJson(rounded)).nets).toEqual(rounded.nets);
    expect(historyToJson(historyFromJson(historyToJson(rounded)))).toBe(historyToJson(rounded));
  });
});
