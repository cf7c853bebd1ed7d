/**
 * The run history as reproducible JSON (typed arrays as arrays, NaN and ±∞ as null, no wall-clock fields), and back.
 */

import { NORM_KINDS, type RunConfig } from './config.ts';
import type {
  Histogram,
  Landscape,
  LayerIcs,
  LayerProbe,
  LayerShift,
  NetHistory,
  Percentiles,
  ProbeRecord,
  RunHistory,
} from './history.ts';
import { ConfigError, validateConfig } from './validate-config.ts';

/** JSON.stringify's replacer for reproducible files: typed arrays as arrays, NaN and ±∞ as null. */
export function replacer(_key: string, value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value as unknown as ArrayLike<number>, (v) => (Number.isFinite(v) ? v : null));
  }
  return value;
}

export function historyToJson(history: RunHistory, indent?: number): string {
  return JSON.stringify(history, replacer, indent);
}

/** A JSON history that cannot be read, with the field that is wrong. */
class HistoryFileError extends Error {
  override readonly name = 'HistoryFileError';
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function field(object: Json, key: string, where: string): unknown {
  if (!(key in object)) throw new HistoryFileError(`${where}.${key} is missing`);
  return object[key];
}

function numbers(value: unknown, where: string): number[] {
  if (!Array.isArray(value)) throw new HistoryFileError(`${where} must be a list of numbers`);
  return value.map((v, i) => {
    if (v === null) return Number.NaN;
    if (typeof v !== 'number') throw new HistoryFileError(`${where}[${i}] must be a number`);
    return v;
  });
}

/** null back to NaN; everything else as it is. */
function num(value: unknown, where: string): number {
  if (value === null) return Number.NaN;
  if (typeof value !== 'number') throw new HistoryFileError(`${where} must be a number`);
  return value;
}

function flag(value: unknown, where: string): boolean {
  if (typeof value !== 'boolean') throw new HistoryFileError(`${where} must be true or false`);
  return value;
}

/** A version-1 net (`bn: true|false`) as a version-2 one (`norm`). */
function upgradeNet<T extends Json>(net: T): T & { norm: unknown } {
  if ('norm' in net) return net as T & { norm: unknown };
  const { bn, ...rest } = net;
  return { ...rest, norm: bn === true ? 'bn' : 'none' } as unknown as T & { norm: unknown };
}

function histogramOf(value: unknown, where: string): Histogram {
  if (!isObject(value)) throw new HistoryFileError(`${where} must be an object`);
  return {
    edges: Float64Array.from(numbers(field(value, 'edges', where), `${where}.edges`)),
    counts: Uint32Array.from(numbers(field(value, 'counts', where), `${where}.counts`)),
  };
}

function percentilesOf(value: unknown, where: string): Percentiles {
  if (!isObject(value)) throw new HistoryFileError(`${where} must be an object`);
  const of = (key: string) => Float64Array.from(numbers(field(value, key, where), `${where}.${key}`));
  return { p15: of('p15'), p50: of('p50'), p85: of('p85') };
}

/** An object of numbers with exactly these keys (null read as NaN), or null: the measurements of a probe. */
function measuredOf<K extends string>(keys: readonly K[]): (value: unknown, where: string) => Record<K, number> | null {
  return (value, where) => {
    if (value === null) return null;
    if (!isObject(value)) throw new HistoryFileError(`${where} must be an object or null`);
    return Object.fromEntries(keys.map((key) => [key, num(field(value, key, where), `${where}.${key}`)])) as Record<
      K,
      number
    >;
  };
}

/** An object of numbers, null read as NaN: gradNorm and updateRatio per parameter, γ's and β's mean, min and max. */
function numberRecord(value: unknown, where: string): Record<string, number> {
  if (!isObject(value)) throw new HistoryFileError(`${where} must be an object`);
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, num(v, `${where}.${key}`)]));
}

const shiftOf: (value: unknown, where: string) => LayerShift | null = measuredOf(['mean', 'std']);
const icsOf: (value: unknown, where: string) => LayerIcs | null = measuredOf(['l2', 'cos']);
const landscapeOf: (value: unknown, where: string) => Landscape | null = measuredOf([
  'lossMin',
  'lossMax',
  'gradPredictiveness',
  'betaEff',
]);

/** Optional fields: converted where present, left out where absent. */
function optional<T>(layer: Json, key: string, where: string, read: (v: unknown, w: string) => T): Record<string, T> {
  return layer[key] === undefined ? {} : { [key]: read(layer[key], `${where}.${key}`) };
}

function layerOf(value: unknown, where: string): LayerProbe {
  if (!isObject(value)) throw new HistoryFileError(`${where} must be an object`);
  return {
    ...(value as unknown as LayerProbe),
    histogram: histogramOf(field(value, 'histogram', where), `${where}.histogram`),
    percentiles: percentilesOf(field(value, 'percentiles', where), `${where}.percentiles`),
    ...optional(value, 'rawHistogram', where, histogramOf),
    ...optional(value, 'batchHistogram', where, histogramOf),
    ...optional(value, 'batchPercentiles', where, percentilesOf),
    // NaN before the first update (step 0), written as null
    ...optional(value, 'gradNorm', where, numberRecord),
    ...optional(value, 'updateRatio', where, numberRecord),
    ...optional(value, 'gamma', where, numberRecord),
    ...optional(value, 'beta', where, numberRecord),
    // files from before the critique's measurements, or with them off, have neither
    ...optional(value, 'shift', where, shiftOf),
    ...optional(value, 'ics', where, icsOf),
    saturation: num(field(value, 'saturation', where), `${where}.saturation`),
    meanDerivative: num(field(value, 'meanDerivative', where), `${where}.meanDerivative`),
    // version 1 had no norms of the weights
    biasNorm: value.biasNorm === undefined || value.biasNorm === null ? null : num(value.biasNorm, `${where}.biasNorm`),
    weightNorm: value.weightNorm === undefined ? Number.NaN : num(value.weightNorm, `${where}.weightNorm`),
  };
}

function probeOf(value: unknown, where: string): ProbeRecord {
  if (!isObject(value)) throw new HistoryFileError(`${where} must be an object`);
  const layers = field(value, 'layers', where);
  if (!Array.isArray(layers)) throw new HistoryFileError(`${where}.layers must be a list`);
  return {
    ...(value as unknown as ProbeRecord),
    step: num(field(value, 'step', where), `${where}.step`),
    trainLoss: num(field(value, 'trainLoss', where), `${where}.trainLoss`),
    testLoss: num(field(value, 'testLoss', where), `${where}.testLoss`),
    testAccuracy: num(field(value, 'testAccuracy', where), `${where}.testAccuracy`),
    predictions: Uint8Array.from(numbers(field(value, 'predictions', where), `${where}.predictions`)),
    layers: layers.map((layer, l) => layerOf(layer, `${where}.layers[${l}]`)),
    ...optional(value, 'landscape', where, landscapeOf),
    ...optional(value, 'populationAccuracy', where, num),
    ...optional(value, 'batchStatsAccuracy', where, num),
    // files from before the stall rule have no flag
    stalled: value.stalled === undefined ? false : flag(value.stalled, `${where}.stalled`),
  };
}

/** Every learning-rate change as [step, lr], the first at step 0: what a replay repeats. */
function lrChangesOf(value: unknown, where: string): [number, number][] {
  if (!Array.isArray(value) || value.length === 0)
    throw new HistoryFileError(`${where} must be a list of [step, lr] pairs`);
  return value.map((pair, i) => {
    const ok =
      Array.isArray(pair) && pair.length === 2 && pair.every((v) => typeof v === 'number' && Number.isFinite(v));
    if (!ok) throw new HistoryFileError(`${where}[${i}] must be a [step, lr] pair of numbers`);
    return [pair[0], pair[1]];
  });
}

function divergedOf(value: unknown, where: string): NetHistory['diverged'] {
  if (value === undefined || value === null) return null;
  if (!isObject(value) || typeof value.reason !== 'string')
    throw new HistoryFileError(`${where} must be null or { step, reason }`);
  return { step: num(field(value, 'step', where), `${where}.step`), reason: value.reason };
}

function netOf(value: unknown, where: string): NetHistory {
  if (!isObject(value)) throw new HistoryFileError(`${where} must be an object`);
  const net = upgradeNet(value);
  const probes = field(net, 'probes', where);
  if (!Array.isArray(probes)) throw new HistoryFileError(`${where}.probes must be a list`);
  const norm = NORM_KINDS.find((kind) => kind === net.norm);
  if (!norm) throw new HistoryFileError(`${where}.norm must be one of ${NORM_KINDS.join(', ')}`);
  return {
    name: String(field(net, 'name', where)),
    norm,
    diverged: divergedOf(net.diverged, `${where}.diverged`),
    lrChanges: lrChangesOf(field(net, 'lrChanges', where), `${where}.lrChanges`),
    probes: probes.map((p, i) => probeOf(p, `${where}.probes[${i}]`)),
  };
}

/** The nets of the file, one for each net of its config (by name, of the same kind). */
function netsOf(value: unknown, config: RunConfig): Record<string, NetHistory> {
  if (!isObject(value)) throw new HistoryFileError('history.nets must be an object');
  for (const spec of config.nets) {
    const where = `history.nets.${spec.name}`;
    if (!isObject(value[spec.name])) throw new HistoryFileError(`${where} is missing (history.config.nets has it)`);
  }
  const nets = Object.entries(value).map(([name, net]) => [name, netOf(net, `history.nets.${name}`)] as const);
  for (const spec of config.nets) {
    const net = nets.find(([name]) => name === spec.name)?.[1];
    if (net && net.norm !== spec.norm)
      throw new HistoryFileError(`history.nets.${spec.name}.norm is ${net.norm}, but its config says ${spec.norm}`);
  }
  return Object.fromEntries(nets);
}

/**
 * A history written by historyToJson, this version or version 1 (whose nets had a `bn` flag instead of a kind).
 * Throws a HistoryFileError naming the first field that is wrong.
 */
export function historyFromJson(text: string): RunHistory {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    // a history is one object: text that starts one and never closes it was cut short
    const trimmed = text.trim();
    if (trimmed.startsWith('{') && !trimmed.endsWith('}'))
      throw new HistoryFileError(`the JSON ends early: the file looks cut short (${why})`);
    throw new HistoryFileError(`this is not JSON (${why})`);
  }
  if (!isObject(json)) throw new HistoryFileError('a history is a JSON object');
  if (!('version' in json) && !('config' in json) && !('nets' in json))
    throw new HistoryFileError('this JSON is not a BN Lab run: it has no version, config or nets');
  const version = field(json, 'version', 'history');
  if (version !== 1 && version !== 2)
    throw new HistoryFileError(`history.version must be 1 or 2, got ${String(version)}`);
  const rawConfig = field(json, 'config', 'history');
  if (!isObject(rawConfig) || !Array.isArray(rawConfig.nets))
    throw new HistoryFileError('history.config.nets must be a list');
  let config: RunConfig;
  try {
    config = validateConfig({
      ...rawConfig,
      nets: rawConfig.nets.map((n: Json) => upgradeNet(n)),
    } as unknown as RunConfig);
  } catch (error) {
    if (error instanceof ConfigError) throw new HistoryFileError(`history.config: ${error.message}`);
    throw error;
  }
  const nets = netsOf(field(json, 'nets', 'history'), config);
  const backend = json.backend ?? 'ts';
  if (backend !== 'ts' && backend !== 'wasm')
    throw new HistoryFileError(`history.backend must be "ts" or "wasm", got ${JSON.stringify(backend)}`);
  return {
    version: 2,
    config,
    backend,
    nets,
    thinned: num(json.thinned ?? 0, 'history.thinned'),
  };
}
