/** A saved run for the store and panel tests, made of the panel fixture's probes. */

import type { RunConfig } from '../../src/protocol/config.ts';
import type { RunHistory } from '../../src/protocol/history.ts';
import { netLr } from '../../src/protocol/validate-config.ts';
import { DEFAULT_CONFIG } from '../../src/store/default-config.ts';
import { probeRecord } from '../panels/lab-fixture.tsx';

/** A run of the page's default net shape, 2 nets, recorded to step 1,000, probed every 500. */
export const RECORDED_CONFIG: RunConfig = { ...DEFAULT_CONFIG, hidden: [6, 6], probeEvery: 500 };

export function recordingOf(
  config: RunConfig = RECORDED_CONFIG,
  steps: readonly number[] = [0, 500, 1000],
  lrChanges: (net: string) => [number, number][] = (net) => [
    [0, netLr(config, config.nets.find((n) => n.name === net) ?? config.nets[0])],
  ],
): RunHistory {
  return {
    version: 2,
    config,
    backend: 'wasm',
    thinned: 0,
    nets: Object.fromEntries(
      config.nets.map((net) => [
        net.name,
        {
          name: net.name,
          norm: net.norm,
          diverged: null,
          lrChanges: lrChanges(net.name),
          probes: steps.map((step) => probeRecord(step, net.norm !== 'none', config.hidden.length)),
        },
      ]),
    ),
  };
}
