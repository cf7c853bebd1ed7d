/**
 * The run on the page as a RunHistory, the CLI's format: what export writes and what a saved run or a link
 * replays. Its config is the replaying one (src/protocol/replay-config.ts): live learning-rate changes are events.
 */

import type { RunConfig } from '../protocol/config.ts';
import type { RunHistory } from '../protocol/history.ts';
import { replayConfig } from '../protocol/replay-config.ts';
import { netLr } from '../protocol/validate-config.ts';
import type { LabState } from './lab-state.ts';

type PageRun = Pick<LabState, 'config' | 'probes' | 'status' | 'backend'>;

/** Every net's learning-rate changes as the worker reports them (a net it has not reported: its config rate). */
function lrChangesOf({ config, status }: Pick<LabState, 'config' | 'status'>) {
  return Object.fromEntries(
    config.nets.map((net) => [
      net.name,
      status.nets.find((n) => n.name === net.name)?.lrChanges ?? [[0, netLr(config, net)] as const],
    ]),
  );
}

/** The config that replays the page's run to the step it is at, its live rate changes as lr events. */
export function pageReplayConfig(state: Pick<LabState, 'config' | 'status'>): RunConfig {
  return replayConfig(state.config, lrChangesOf(state), state.status.step);
}

export function pageHistory({ config, probes, status, backend }: PageRun): RunHistory {
  const statusOf = (name: string) => status.nets.find((n) => n.name === name);
  const changes = lrChangesOf({ config, status });
  return {
    version: 2,
    config: replayConfig(config, changes, status.step),
    backend: backend ?? 'wasm',
    nets: Object.fromEntries(
      config.nets.map((net) => [
        net.name,
        {
          name: net.name,
          norm: net.norm,
          diverged: statusOf(net.name)?.diverged ?? null,
          lrChanges: changes[net.name].map(([step, lr]): [number, number] => [step, lr]),
          probes: [...(probes[net.name] ?? [])],
        },
      ]),
    ),
    // the page keeps what the worker kept; it does not count what the worker thinned
    thinned: 0,
  };
}
