import { describe, expect, it } from 'vitest';
import type { NetHistory } from '../../src/protocol/history.ts';
import { configFrom, runOf, runToEnd } from './run-helpers.ts';

/** Mean over the last hidden layer's units of |p50(to) − p50(from)|: how far the sigmoid inputs drifted. */
function drift(net: NetHistory, from: number, to: number): number {
  const p50 = (step: number) => net.probes.find((p) => p.step === step)!.layers.at(-1)!.percentiles.p50;
  const [a, b] = [p50(from), p50(to)];
  return a.reduce((sum, v, u) => sum + Math.abs(b[u] - v), 0) / a.length;
}

describe("the paper's Figure 1, in miniature", () => {
  it('BN is ahead from step 500 on, and without BN the last layer drifts more than twice as far', () => {
    const { history } = runToEnd(runOf(configFrom('paper-fig1', { steps: 1500, probeEvery: 500, probeSize: 1000 })));
    const { plain, bn } = history.nets;
    for (const step of [500, 1000, 1500]) {
      const at = (net: NetHistory) => net.probes.find((p) => p.step === step)!.testAccuracy;
      expect(at(bn), `step ${step}`).toBeGreaterThan(at(plain));
    }
    expect(drift(plain, 500, 1500)).toBeGreaterThan(2 * drift(bn, 500, 1500));
  });
});
