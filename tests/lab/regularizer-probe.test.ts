import { beforeAll, describe, expect, it } from 'vitest';
import { borderlineDigits, regularizerProbe, shareFlipped } from '../../src/lab/regularizer-probe.ts';
import type { BorderlineDigit, RegularizerProbeResult } from '../../src/protocol/measurements.ts';
import type { TwinRun } from '../../src/lab/twin-run.ts';
import { expectTrainingUnchanged, measureDataOf, quickRun } from './measure-helpers.ts';
import { configFrom, runOf } from './run-helpers.ts';

const spread = (p: number[]) => Math.max(...p) - Math.min(...p);

describe('the flip rule', () => {
  it('counts a digit as flipped when its class is not the same in every batch: 3 digits × 3 batches', () => {
    const predictions = [Uint8Array.of(1, 2, 3), Uint8Array.of(1, 2, 4), Uint8Array.of(1, 5, 3)];
    expect(shareFlipped(predictions)).toBe(2 / 3);
    expect(shareFlipped([Uint8Array.of(7, 7), Uint8Array.of(7, 7)])).toBe(0);
    expect(shareFlipped([Uint8Array.of(0, 9)])).toBe(0);
  });
});

describe('BN as a regularizer on paper-fig1 after 300 steps', () => {
  let run: TwinRun;
  let borderline: BorderlineDigit[];
  let result: RegularizerProbeResult;

  beforeAll(() => {
    run = runOf(configFrom('paper-fig1', { steps: 300, probeEvery: 300, probeSize: 500 }));
    while (!run.finished) run.advance();
    const data = measureDataOf(run);
    borderline = borderlineDigits(run, data);
    result = regularizerProbe(run, data, borderline[0].index);
    const { bn, plain } = result.nets;
    console.log(
      `regularizer probe at step 300, digit ${result.digit} (label ${result.label}, eval p ${borderline[0].p}):`,
      `BN p(true) spread ${spread(bn.pTrue)} (min ${Math.min(...bn.pTrue)}, max ${Math.max(...bn.pTrue)}),`,
      `BN flip share ${bn.flipShare}; plain spread ${spread(plain.pTrue)}, plain flip share ${plain.flipShare}`,
    );
  }, 60_000);

  it('finds the 4 probe digits whose eval-mode p(true) for the BN net is nearest ½', () => {
    const { probeSet } = measureDataOf(run);
    const { mlp } = run.nets.find((n) => n.name === 'bn')!;
    mlp.forward(probeSet.x, probeSet.rows, 'eval');
    mlp.loss(probeSet.y, probeSet.rows);
    const probs = mlp.lossLayer.probabilities;
    const p = Array.from(probeSet.y, (label, i) => probs[i * 10 + label]);
    const byDistance = p.map((_, i) => i).sort((a, b) => Math.abs(p[a] - 0.5) - Math.abs(p[b] - 0.5) || a - b);
    expect(borderline.map((d) => d.index)).toEqual(byDistance.slice(0, 4));
    for (const d of borderline) expect(d.p).toBeCloseTo(p[d.index], 6);
  });

  it("spreads the digit's p(true) over 200 batches for BN, and not at all for the plain net", () => {
    const { bn, plain } = result.nets;
    expect(result.label).toBe(measureDataOf(run).probeSet.y[result.digit]);
    expect(bn.pTrue).toHaveLength(200);
    expect(plain.pTrue).toHaveLength(200);
    expect(spread(bn.pTrue)).toBeGreaterThan(0);
    expect(spread(plain.pTrue)).toBe(0);
  });

  it('flips some predictions of the BN net across 20 batches, and none of the plain net', () => {
    expect(result.nets.bn.flipShare).toBeGreaterThan(0);
    expect(result.nets.plain.flipShare).toBe(0);
  });
});

describe('the regularizer measurement', () => {
  it('gives the same result for the same seed, and other batches for another seed', () => {
    const run = quickRun();
    const data = measureDataOf(run);
    const [digit] = borderlineDigits(run, data, 1);
    const result = regularizerProbe(run, data, digit.index);
    expect(regularizerProbe(run, data, digit.index)).toEqual(result);
    expect(regularizerProbe(run, data, digit.index, 12345).nets.bn.pTrue).not.toEqual(result.nets.bn.pTrue);
  });

  it('leaves training bit-identical: weights, running statistics, losses and history', () => {
    expectTrainingUnchanged((run, data) => {
      const [digit] = borderlineDigits(run, data, 1);
      const result = regularizerProbe(run, data, digit.index);
      expect(Object.keys(result.nets)).toEqual(['plain', 'bn', 'bn-fixed', 'center-stopgrad']);
    });
  });
});
