/**
 * The config that replays a run bit for bit: the config it started from, with the learning-rate changes its nets
 * made (live ones included, NetHistory.lrChanges) written as lr events. Links, saved runs and Continue training
 * all replay through it.
 */

import type { LrEvent, NetSpec, RunConfig, RunEvent } from './config.ts';

/** Per net name, every change as [step, lr], the first at step 0. */
type LrChanges = Readonly<Record<string, readonly (readonly [number, number])[]>>;

/** Step-0 rates: one shared rate when every net has the same, else a rate per net. */
function startRates(config: RunConfig, changes: LrChanges): Pick<RunConfig, 'lr' | 'nets'> {
  const start = (net: NetSpec) => changes[net.name]?.[0]?.[1] ?? net.lr ?? config.lr;
  const rates = config.nets.map(start);
  if (rates.every((lr) => lr === rates[0]))
    return { lr: rates[0], nets: config.nets.map(({ name, norm }) => ({ name, norm })) };
  return { lr: config.lr, nets: config.nets.map(({ name, norm }, i) => ({ name, norm, lr: rates[i] })) };
}

/** The changes after step 0 as events: one for every net where all of them changed to the same rate at once. */
function changeEvents(config: RunConfig, changes: LrChanges): LrEvent[] {
  const byStep = new Map<number, Map<string, number>>();
  for (const net of config.nets)
    for (const [step, lr] of (changes[net.name] ?? []).slice(1)) {
      if (!byStep.has(step)) byStep.set(step, new Map());
      byStep.get(step)?.set(net.name, lr);
    }
  return [...byStep.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([step, rates]) => {
      const values = [...rates.values()];
      if (rates.size === config.nets.length && values.every((lr) => lr === values[0]))
        return [{ step, type: 'lr', lr: values[0] }];
      return config.nets
        .filter((net) => rates.has(net.name))
        .map((net): LrEvent => ({ step, type: 'lr', lr: rates.get(net.name) ?? config.lr, net: net.name }));
    });
}

/**
 * `config` with the rates `changes` recorded up to `step` (the step the run reached): step-0 rates from their
 * first entries, the later ones as lr events. The config's scale events stay, and so do its lr events after `step`
 * (not applied yet); its lr events up to `step` are in `changes` already.
 */
export function replayConfig(config: RunConfig, changes: LrChanges, step: number): RunConfig {
  const kept = (config.events ?? []).filter((e) => e.type === 'scale' || e.step > step);
  const events: RunEvent[] = [...kept, ...changeEvents(config, changes)];
  // a stable sort: at one step, scales (which commute with rates) before the rates, each in its recorded order
  const ordered = events
    .map((event, i) => ({ event, i }))
    .sort((a, b) => a.event.step - b.event.step || a.i - b.i)
    .map(({ event }) => event);
  const { events: _old, ...rest } = config;
  return { ...rest, ...startRates(config, changes), ...(ordered.length > 0 ? { events: ordered } : {}) };
}
