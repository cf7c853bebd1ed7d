/** Checks a config from an untrusted source (CLI flags, a shared link, a message) against the contract. */

import { COST_MAX_BYTES, estimateCost, formatBytes } from './config-cost.ts';
import {
  MEASURES,
  namedNets,
  NORM_KINDS,
  type MeasureFlags,
  type NormKind,
  type ActivationName,
  type DatasetName,
  type InitSpec,
  type NetSpec,
  type RunConfig,
  type LrEvent,
  type RunEvent,
  type ScaleEvent,
} from './config.ts';

const DATASETS: readonly DatasetName[] = ['mnist', 'moons', 'spiral', 'blobs'];
const ACTIVATIONS: readonly ActivationName[] = ['sigmoid', 'tanh', 'relu'];
export const LIMITS = {
  depth: [1, 6],
  width: [2, 1024],
  batchSize: [2, 2000],
  lr: [1e-6, 1000],
  momentum: [0, 0.999],
  inputDim: [2, 1024],
  steps: [1, 10_000_000],
  probeEvery: [1, 1_000_000],
  probeSize: [0, 100_000],
  seed: [0, 2 ** 32 - 1],
  sigma: [1e-6, 100],
  events: [0, 1000],
  factor: [0.1, 10],
} as const;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** The value, if it is a (whole) number within [lo, hi]; else a ConfigError naming `what`. */
export function inRange(what: string, value: number, [lo, hi]: readonly [number, number], integer: boolean): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new ConfigError(`${what} must be a number, got ${String(value)}`);
  if (integer && !Number.isInteger(value)) throw new ConfigError(`${what} must be a whole number, got ${value}`);
  if (value < lo || value > hi) throw new ConfigError(`${what} must be between ${lo} and ${hi}, got ${value}`);
  return value;
}

function oneOf<T extends string>(what: string, value: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(value as T))
    throw new ConfigError(`${what} must be one of ${allowed.join(', ')}, got ${String(value)}`);
  return value as T;
}

/** A number written out in full: `1e-3`, `0.5`, `-2` (not `0x10`, ` 1` or an empty string). */
export function parseNumber(text: string): number {
  if (!/^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) throw new ConfigError('not a number');
  return Number(text);
}

/** A net's kind by its token: a kind, or a version-1 name (`plain`, `bn`, `plain-2`, `bn-1`, …). */
function kindOf(token: string): NormKind {
  const kind = NORM_KINDS.find((k) => k === token);
  if (kind) return kind;
  if (/^plain(-\d+)?$/.test(token)) return 'none';
  if (/^bn(-\d+)?$/.test(token)) return 'bn';
  throw new ConfigError(`a net is one of ${NORM_KINDS.join(', ')}, optionally @lr, got ${token}`);
}

/** `none,bn@30,center-stopgrad`: kinds left to right, each with an optional learning rate of its own, named by kind. */
export function parseNets(text: string): NetSpec[] {
  return namedNets(
    text.split(',').map((token) => {
      const [kind, lr, ...rest] = token.split('@');
      if (rest.length > 0) throw new ConfigError(`a net is kind or kind@lr, got ${token}`);
      return lr === undefined ? { norm: kindOf(kind) } : { norm: kindOf(kind), lr: parseNumber(lr) };
    }),
  );
}

/** Parses `gauss:0.01`, `torchdefault` or `xavier`. */
export function parseInit(text: string): InitSpec {
  const [kind, arg] = text.split(':');
  if (kind === 'gauss') return { kind, sigma: inRange('init σ', Number(arg ?? '0.01'), LIMITS.sigma, false) };
  if (kind === 'torchdefault' || kind === 'xavier') {
    if (arg !== undefined) throw new ConfigError(`init ${kind} takes no parameter, got ${text}`);
    return { kind };
  }
  throw new ConfigError(`init must be gauss:σ, torchdefault or xavier, got ${text}`);
}

export function formatInit(init: InitSpec): string {
  return init.kind === 'gauss' ? `gauss:${init.sigma}` : init.kind;
}

function validateNets(nets: readonly NetSpec[]): readonly NetSpec[] {
  if (!Array.isArray(nets) || nets.length === 0 || nets.length > 4)
    throw new ConfigError('nets must list 1 to 4 networks');
  const names = new Set<string>();
  return nets.map((net) => {
    if (typeof net.name !== 'string' || !/^[a-z][a-z0-9-]{0,23}$/.test(net.name))
      throw new ConfigError(`net name must be lowercase letters, digits or -, got ${net.name}`);
    if (names.has(net.name)) throw new ConfigError(`net names must differ, ${net.name} is repeated`);
    names.add(net.name);
    const norm = oneOf(`the kind of ${net.name}`, net.norm, NORM_KINDS);
    const lr = net.lr === undefined ? undefined : inRange(`lr of ${net.name}`, net.lr, LIMITS.lr, false);
    return lr === undefined ? { name: net.name, norm } : { name: net.name, norm, lr };
  });
}

function validateEvent(event: RunEvent, i: number, hidden: number, nets: readonly NetSpec[]): RunEvent {
  const what = `event ${i + 1}`;
  if (event === null || typeof event !== 'object') throw new ConfigError(`${what} must be an object`);
  const type = oneOf(`the type of ${what}`, event.type, ['scale', 'lr'] as const);
  const step = inRange(`the step of ${what}`, event.step, [0, LIMITS.steps[1]], true);
  if (type === 'scale') {
    const { layer, factor } = event as ScaleEvent;
    return {
      step,
      type,
      layer: inRange(`the layer of ${what}`, layer, [1, hidden], true),
      factor: inRange(`the factor of ${what}`, factor, LIMITS.factor, false),
    };
  }
  const { lr, net } = event as LrEvent;
  const rate = inRange(`the lr of ${what}`, lr, LIMITS.lr, false);
  if (net === undefined) return { step, type, lr: rate };
  if (!nets.some((n) => n.name === net))
    throw new ConfigError(`${what} changes the lr of ${String(net)}, which is not one of the nets`);
  return { step, type, lr: rate, net };
}

/** Events in step order (equal steps apply in list order), each on a hidden layer or a net; none gives no key at all. */
function validateEvents(
  events: readonly RunEvent[] | undefined,
  hidden: number,
  nets: readonly NetSpec[],
): { events?: readonly RunEvent[] } {
  if (events === undefined) return {};
  if (!Array.isArray(events)) throw new ConfigError('events must be a list');
  inRange('the number of events', events.length, LIMITS.events, true);
  const valid: RunEvent[] = [];
  for (const [i, event] of events.entries()) {
    const next = validateEvent(event, i, hidden, nets);
    const after = valid.at(-1)?.step ?? 0;
    if (next.step < after)
      throw new ConfigError(
        `events must be in step order, but event ${i + 1} at step ${next.step} follows step ${after}`,
      );
    valid.push(next);
  }
  return valid.length > 0 ? { events: valid } : {};
}

/** Each of shift, ics and landscape true or false (a missing one is false); none on gives no key at all. */
function validateMeasure(measure: MeasureFlags | undefined): { measure?: MeasureFlags } {
  if (measure === undefined) return {};
  if (measure === null || typeof measure !== 'object' || Array.isArray(measure))
    throw new ConfigError(`measure must be an object of ${MEASURES.join(', ')} flags`);
  const unknown = Object.keys(measure).find((key) => !MEASURES.some((name) => name === key));
  if (unknown !== undefined) throw new ConfigError(`measure has ${MEASURES.join(', ')}, not ${unknown}`);
  const flag = (name: keyof MeasureFlags): boolean => {
    const value: unknown = measure[name];
    if (value !== undefined && typeof value !== 'boolean')
      throw new ConfigError(`measure.${name} must be true or false, got ${String(value)}`);
    return value === true;
  };
  const valid = { shift: flag('shift'), ics: flag('ics'), landscape: flag('landscape') };
  return valid.shift || valid.ics || valid.landscape ? { measure: valid } : {};
}

/** Returns a clean copy of the config or throws a ConfigError naming the first thing that is wrong. */
export function validateConfig(c: RunConfig): RunConfig {
  const dataset = oneOf('dataset', c.dataset, DATASETS);
  if (!Array.isArray(c.hidden)) throw new ConfigError('hidden must list the hidden layer widths');
  inRange('depth', c.hidden.length, LIMITS.depth, true);
  const hidden = c.hidden.map((w, i) => inRange(`width of hidden layer ${i + 1}`, w, LIMITS.width, true));
  const init = c.init && typeof c.init === 'object' ? parseInit(formatInit(c.init)) : parseInit(String(c.init));
  const nets = validateNets(c.nets);
  const valid: RunConfig = {
    dataset,
    inputDim: dataset === 'mnist' ? 784 : inRange('inputDim', c.inputDim, LIMITS.inputDim, true),
    hidden,
    activation: oneOf('activation', c.activation, ACTIVATIONS),
    init,
    batchSize: inRange('batch', c.batchSize, LIMITS.batchSize, true),
    lr: inRange('lr', c.lr, LIMITS.lr, false),
    momentum: inRange('momentum', c.momentum, LIMITS.momentum, false),
    initSeed: inRange('seed', c.initSeed, LIMITS.seed, true),
    dataSeed: inRange('data seed', c.dataSeed, LIMITS.seed, true),
    steps: inRange('steps', c.steps, LIMITS.steps, true),
    probeEvery: inRange('probe every', c.probeEvery, LIMITS.probeEvery, true),
    probeSize: inRange('probe size', c.probeSize, LIMITS.probeSize, true),
    nets,
    ...validateEvents(c.events, hidden.length, nets),
    ...validateMeasure(c.measure),
  };
  const { bytes } = estimateCost(valid);
  if (bytes > COST_MAX_BYTES) {
    throw new ConfigError(
      `this network needs about ${formatBytes(bytes)} of memory, more than the ${formatBytes(COST_MAX_BYTES)} the lab allows: use fewer or narrower layers, or a smaller batch`,
    );
  }
  return valid;
}

/** The learning rate a net trains with. */
export function netLr(config: RunConfig, net: NetSpec): number {
  return net.lr ?? config.lr;
}
