import { tsKernels } from '../../src/engine/kernels.ts';
import { describe, expect, it } from 'vitest';
import { drawInitialWeights } from '../../src/engine/init.ts';
import { historyToCsv } from '../../src/protocol/history-csv.ts';
import { historyFromJson, historyToJson } from '../../src/protocol/history-json.ts';
import { NetRun } from '../../src/lab/net-run.ts';
import { configFrom, runOf, runToEnd } from './run-helpers.ts';

/** A small net of 10 classes: chance is 0.1, the band 0.08 … 0.12. */
function tenClassNet(): NetRun {
  const config = configFrom('moons-quick', { hidden: [4] });
  const weights = drawInitialWeights([2, 4, 10], config.init, 1);
  return new NetRun('plain', 'none', config, 2, 10, weights, 0.5, tsKernels);
}

/** Feeds probes at steps 0, 100, 200, … and returns what each one says, with the status after it. */
function feed(net: NetRun, accuracies: readonly number[]): { stalled: boolean; since: number | null | undefined }[] {
  return accuracies.map((accuracy, i) => ({
    stalled: net.recordProbeAccuracy(100 * i, accuracy),
    since: net.status().stalled,
  }));
}

describe('the stall rule: 5 probes in a row within 2 points of chance', () => {
  it('counts the step-0 probe, so a net that never leaves chance is stalled from its 5th probe, step 400', () => {
    const seen = feed(tenClassNet(), [0.1, 0.12, 0.08, 0.11, 0.09, 0.1]);
    expect(seen.map((s) => s.stalled)).toEqual([false, false, false, false, true, true]);
    expect(seen.map((s) => s.since)).toEqual([null, null, null, null, 400, 400]);
  });

  it('clears at the first probe that leaves the band, and needs 5 more in the band to stall again', () => {
    // steps:        0    100   200  300  400   500   600  700  800  900  1000  1100
    const accuracies = [0.1, 0.1, 0.1, 0.1, 0.1, 0.13, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1];
    const seen = feed(tenClassNet(), accuracies);
    expect(seen.map((s) => s.stalled)).toEqual([
      ...[false, false, false, false, true],
      ...[false, false, false, false, false, true, true],
    ]);
    expect(seen[5].since).toBeNull();
    expect(seen[10].since).toBe(1000);
    expect(seen[11].since).toBe(1000);
  });

  it('takes 2 points on either side of chance as inside the band, anything beyond as outside', () => {
    const inside = feed(tenClassNet(), [0.08, 0.12, 0.08, 0.12, 0.08]);
    expect(inside.at(-1)!.stalled).toBe(true);
    for (const outlier of [0.0799, 0.1201, 0.5, 0]) {
      const seen = feed(tenClassNet(), [0.1, 0.1, outlier, 0.1, 0.1]);
      expect(seen.at(-1)!.stalled, `with ${outlier} among them`).toBe(false);
    }
  });

  it('uses the net’s own number of classes: 50 % is chance for two', () => {
    const config = configFrom('moons-quick', { hidden: [4] });
    const net = new NetRun(
      'plain',
      'none',
      config,
      2,
      2,
      drawInitialWeights([2, 4, 2], config.init, 1),
      0.5,
      tsKernels,
    );
    expect(feed(net, [0.5, 0.49, 0.51, 0.52, 0.48]).at(-1)!.stalled).toBe(true);
  });
});

describe('stalled in the history', () => {
  it('is written on every probe of a run, to JSON and as a CSV column after test_accuracy', () => {
    const history = runToEnd(runOf(configFrom('moons-quick', { steps: 40, probeEvery: 10 }))).history;
    for (const net of Object.values(history.nets))
      expect(net.probes.map((p) => p.stalled)).toEqual(Array(5).fill(false));
    expect(historyToJson(history)).toContain('"stalled":false');
    const header = historyToCsv(history)['probes.csv'].split('\n')[0].split(',');
    expect(header.indexOf('stalled')).toBe(header.indexOf('test_accuracy') + 1);
  });

  it('reads as false from a file written before the rule, and round-trips when present', () => {
    const history = runToEnd(runOf(configFrom('moons-quick', { steps: 20, probeEvery: 10 }))).history;
    history.nets.plain.probes[2] = { ...history.nets.plain.probes[2], stalled: true };
    const text = historyToJson(history);
    expect(historyToJson(historyFromJson(text))).toBe(text);
    const old = JSON.parse(text) as { nets: Record<string, { probes: Record<string, unknown>[] }> };
    for (const net of Object.values(old.nets)) for (const probe of net.probes) delete probe.stalled;
    const read = historyFromJson(JSON.stringify(old));
    expect(read.nets.plain.probes.map((p) => p.stalled)).toEqual([false, false, false]);
  });

  it('refuses a stalled flag that is not true or false, naming it', () => {
    const history = runToEnd(runOf(configFrom('moons-quick', { steps: 10, probeEvery: 10 }))).history;
    const json = JSON.parse(historyToJson(history)) as { nets: { bn: { probes: Record<string, unknown>[] } } };
    json.nets.bn.probes[1].stalled = 'yes';
    expect(() => historyFromJson(JSON.stringify(json))).toThrow(
      'history.nets.bn.probes[1].stalled must be true or false',
    );
  });
});

describe('a plain net at lr 30 (the high-lr scene, 1,000 steps, a probe every 100 on 1,000 digits)', () => {
  it('stalls at chance from step 400 on, while BN passes 80 % test accuracy by step 1,000', () => {
    const run = runToEnd(runOf(configFrom('high-lr', { steps: 1000, probeEvery: 100, probeSize: 1000 })));
    const { plain, bn } = run.history.nets;
    const stalledSteps = plain.probes.filter((p) => p.stalled).map((p) => p.step);
    console.log(
      `high-lr: plain stalled at steps ${stalledSteps.join(', ')}; ` +
        `bn test accuracy ${bn.probes.map((p) => `${p.step}: ${p.testAccuracy}`).join(', ')}`,
    );
    expect(plain.diverged).toBeNull();
    expect(stalledSteps).toEqual([400, 500, 600, 700, 800, 900, 1000]);
    expect(run.status()[0].stalled).toBe(400);
    expect(bn.probes.at(-1)!.step).toBe(1000);
    expect(bn.probes.at(-1)!.testAccuracy).toBeGreaterThan(0.8);
    expect(bn.probes.every((p) => !p.stalled)).toBe(true);
    expect(historyToCsv(run.history)['probes.csv']).toMatch(/^plain,none,1000,[\d.]+,[\d.]+,0\.1\d*,true,,,,,,$/m);
  });
});
