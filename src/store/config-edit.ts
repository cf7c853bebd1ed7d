/** Pure edits of a RunConfig that the config slice's actions are built from. */

import type { NetSpec, RunConfig } from '../protocol/config.ts';

function withoutLr(net: NetSpec): NetSpec {
  return { name: net.name, bn: net.bn };
}

/** One shared rate: config.lr, no per-net rates. */
export function withSharedLr(config: RunConfig, lr: number): RunConfig {
  return { ...config, lr, nets: config.nets.map(withoutLr) };
}

/** A per-net rate on one side; the other sides keep theirs (or the shared one). */
export function withSideLr(config: RunConfig, side: number, lr: number): RunConfig {
  return { ...config, nets: config.nets.map((net, i) => (i === side ? { ...withoutLr(net), lr } : net)) };
}

/** Every side gets its own copy of lr, and the shared rate too. */
export function withEveryLr(config: RunConfig, lr: number): RunConfig {
  return { ...config, lr, nets: config.nets.map((net) => ({ ...withoutLr(net), lr })) };
}

/**
 * Names follow the BN flag, so that colours, legends and links read right: `plain` and `bn`,
 * numbered by side (`bn-1`, `bn-2`) when two sides are alike, since net names must differ.
 */
function renameNets(nets: readonly NetSpec[]): NetSpec[] {
  const base = (net: NetSpec): string => (net.bn ? 'bn' : 'plain');
  return nets.map((net, i) => {
    const alike = nets.filter((other) => base(other) === base(net)).length;
    return { ...net, name: alike > 1 ? `${base(net)}-${i + 1}` : base(net) };
  });
}

export function withBnToggled(config: RunConfig, side: number): RunConfig {
  const nets = config.nets.map((net, i) => (i === side ? { ...net, bn: !net.bn } : net));
  return { ...config, nets: renameNets(nets) };
}

/** Linked when no net has a rate of its own. */
export function isLrLinked(config: RunConfig): boolean {
  return config.nets.every((net) => net.lr === undefined);
}
