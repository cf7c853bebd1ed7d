import { describe, expect, it } from 'vitest';
import { PRESETS, SCENE_NAMES } from '../../src/lab/presets.ts';
import { validateConfig } from '../../src/protocol/validate-config.ts';
import { runOf, runToEnd } from './run-helpers.ts';

describe('the lessons’ scenes', () => {
  it('are ten, in teaching order, each a valid config', () => {
    expect(SCENE_NAMES).toEqual([
      'fig1',
      'saturation',
      'center-trap',
      'why-gamma-beta',
      'high-lr',
      'high-lr-x30',
      'scale-invariance',
      'inference',
      'regularizer',
      'santurkar',
    ]);
    for (const name of SCENE_NAMES) expect(() => validateConfig(PRESETS[name]), name).not.toThrow();
  });

  it('center-trap: after 1,000 steps ‖b₁‖ of center-stopgrad is ≥ 10× the plain net’s, and it stays ≤ 25 % (§2)', () => {
    const run = runToEnd(runOf({ ...PRESETS['center-trap'], steps: 1000, probeEvery: 1000, probeSize: 500 }));
    const last = (name: string) => run.history.nets[name].probes.at(-1)!;
    const trap = last('center-stopgrad');
    expect(trap.step).toBe(1000);
    expect(trap.layers[0].biasNorm!).toBeGreaterThanOrEqual(10 * last('plain').layers[0].biasNorm!);
    expect(trap.testAccuracy).toBeLessThanOrEqual(0.25);
  });

  it('why-gamma-beta: without γ, β every layer keeps mean σ′ ≥ 0.19 (the near-linear middle) and fits worse (§3)', () => {
    const run = runToEnd(runOf({ ...PRESETS['why-gamma-beta'], steps: 1000, probeEvery: 1000, probeSize: 500 }));
    const last = (name: string) => run.history.nets[name].probes.at(-1)!;
    for (const layer of last('bn-fixed').layers) expect(layer.meanDerivative).toBeGreaterThanOrEqual(0.19);
    expect(last('bn-fixed').trainLoss).toBeGreaterThan(last('bn').trainLoss);
  });

  it('santurkar: noisy BN’s last layer shifts more than BN’s yet it trains as well, with every measurement taken (§2)', () => {
    const run = runToEnd(runOf({ ...PRESETS.santurkar, steps: 1000, probeEvery: 500, probeSize: 500 }));
    const last = (name: string) => run.history.nets[name].probes.at(-1)!;
    const [bn, noisy] = [last('bn'), last('noisy-bn')];
    expect(noisy.step).toBe(1000);
    expect(noisy.layers[2].shift!.mean).toBeGreaterThan(2 * bn.layers[2].shift!.mean);
    expect(Math.abs(noisy.testAccuracy - bn.testAccuracy)).toBeLessThan(0.03);
    for (const name of ['plain', 'bn', 'noisy-bn']) {
      expect(last(name).landscape!.betaEff).toBeGreaterThan(0);
      expect(last(name).layers[2].ics!.l2).toBeGreaterThan(0);
    }
  });
});
