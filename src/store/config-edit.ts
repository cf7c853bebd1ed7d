/** Pure edits of a RunConfig that the config slice's actions are built from. */

import { namedNets, type MeasureFlags, type NetSpec, type NormKind, type RunConfig } from '../protocol/config.ts';

/** The most nets that train in lockstep. */
export const MAX_NETS = 4;

function withoutLr(net: NetSpec): NetSpec {
  return { name: net.name, norm: net.norm };
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

/** A net on one side becomes another kind; every net is renamed after its kind (plain, bn, plain-2, …). */
export function withNetKind(config: RunConfig, side: number, norm: NormKind): RunConfig {
  return { ...config, nets: namedNets(config.nets.map((net, i) => (i === side ? { ...net, norm } : net))) };
}

/** The `b` key: a BN net becomes plain, any other kind becomes BN. */
export function withBnToggled(config: RunConfig, side: number): RunConfig {
  const net = config.nets[side];
  return net ? withNetKind(config, side, net.norm === 'bn' ? 'none' : 'bn') : config;
}

/** One more net on the right, at most MAX_NETS; it trains at the shared rate. */
export function withNetAdded(config: RunConfig, norm: NormKind): RunConfig {
  if (config.nets.length >= MAX_NETS) return config;
  return { ...config, nets: namedNets([...config.nets, { norm }]) };
}

/** Without the net on this side; the last net stays. */
export function withNetRemoved(config: RunConfig, side: number): RunConfig {
  if (config.nets.length <= 1) return config;
  return { ...config, nets: namedNets(config.nets.filter((_, i) => i !== side)) };
}

/** Linked when no net has a rate of its own. */
export function isLrLinked(config: RunConfig): boolean {
  return config.nets.every((net) => net.lr === undefined);
}

const NO_MEASURES: MeasureFlags = { shift: false, ics: false, landscape: false };

/** One measurement on or off, the others as they were (validation drops `measure` when all are off). */
export function withMeasure(config: RunConfig, name: keyof MeasureFlags, on: boolean): RunConfig {
  return { ...config, measure: { ...NO_MEASURES, ...config.measure, [name]: on } };
}
