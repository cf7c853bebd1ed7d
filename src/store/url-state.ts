/**
 * The run in the query string, so that a link reproduces it: the config's keys, then the view's and the stop's
 * (link-view.ts). README.md lists every key. Every config field is written, e.g.
 * `?scene=paper-fig1&ds=mnist&h=100,100,100&act=sigmoid&init=gauss:0.01&lr=1&mom=0&bs=60&seed=1&dseed=2&steps=50000&pe=100&ps=1000&nets=none,bn`
 * — `dim` (input dimension) only for the synthetic sets, `nets` lists the nets left to right by kind, as
 * `kind` or `kind@lr` (a rate of its own). Version-1 links named nets instead: `plain…` is `none`, `bn`/`bn-N` is `bn`.
 * `ev` only when the run has events: `ev=3x0.5@1200,1x2@3000` scales W3 by 0.5 after 1,200 updates and W1 by 2
 * after 3,000 (layerxfactor@step); `lr0.1@2000` sets every net's rate to 0.1 after 2,000, `bn:lr5@3000` only bn's. `m` only when a measurement is on: `m=shift,ics,landscape` lists those every
 * probe takes (config.measure).
 */

import {
  MEASURES,
  withDataset,
  type DatasetName,
  type MeasureFlags,
  type RunConfig,
  type RunEvent,
} from '../protocol/config.ts';
import {
  ConfigError,
  formatInit,
  parseInit,
  parseNets,
  parseNumber,
  validateConfig,
} from '../protocol/validate-config.ts';
import { DEFAULT_CONFIG, DEFAULT_PRESET_NAME, presetConfig } from './default-config.ts';
import type { LinkStop, LinkView } from './lab-state.ts';
import { encodeStop, encodeView, parseStop, parseView, type ReadKey } from './link-view.ts';

export interface UrlState {
  readonly config: RunConfig;
  readonly presetName: string;
  /** left out: no view keys */
  readonly view?: LinkView;
  /** left out or null: the link does not replay past step 0 */
  readonly stop?: LinkStop | null;
}

export interface ParsedUrlState extends UrlState {
  readonly view: LinkView;
  readonly stop: LinkStop | null;
  /** what was wrong with the link, or null */
  readonly notice: string | null;
}

interface Field {
  readonly key: string;
  /** the value to write, or undefined to leave the key out */
  encode(config: RunConfig): string | undefined;
  apply(config: RunConfig, text: string): RunConfig;
}

const num = parseNumber;

/** `layerxfactor@step` for a scale, e.g. `3x0.5@1200`; `lrRATE@step` or `net:lrRATE@step` for an lr change. */
function formatEvent(event: RunEvent): string {
  if (event.type === 'scale') return `${event.layer}x${event.factor}@${event.step}`;
  return `${event.net === undefined ? '' : `${event.net}:`}lr${event.lr}@${event.step}`;
}

/** `3x0.5@1200,lr0.1@2000,bn:lr5@3000`, each token exactly one event; ranges are validateConfig's. */
function parseEvents(text: string): RunEvent[] {
  return text.split(',').map((token): RunEvent => {
    const scale = /^([1-9]\d*)x([^@x]+)@(0|[1-9]\d*)$/.exec(token);
    if (scale) return { step: num(scale[3]), type: 'scale', layer: num(scale[1]), factor: num(scale[2]) };
    const lr = /^(?:([a-z][a-z0-9-]*):)?lr([^@]+)@(0|[1-9]\d*)$/.exec(token);
    if (!lr)
      throw new ConfigError(
        `an event is layerxfactor@step or [net:]lrRATE@step, as 3x0.5@1200 or bn:lr5@3000, got ${token}`,
      );
    const step = num(lr[3]);
    return lr[1] === undefined
      ? { step, type: 'lr', lr: num(lr[2]) }
      : { step, type: 'lr', lr: num(lr[2]), net: lr[1] };
  });
}

/** `shift,ics`: the measurements that are on, in any order; an empty value turns them all off. */
function parseMeasures(text: string): MeasureFlags {
  const names = text === '' ? [] : text.split(',');
  const unknown = names.find((name) => !MEASURES.some((m) => m === name));
  if (unknown !== undefined) throw new ConfigError(`a measurement is one of ${MEASURES.join(', ')}, got ${unknown}`);
  return { shift: names.includes('shift'), ics: names.includes('ics'), landscape: names.includes('landscape') };
}

function formatMeasures(measure: MeasureFlags | undefined): string | undefined {
  const on = MEASURES.filter((name) => measure?.[name]);
  return on.length > 0 ? on.join(',') : undefined;
}

/** `dim` comes after `ds`: on MNIST (784-D) any other dimension does not fit. */
function inputDimFor(config: RunConfig, inputDim: number): number {
  if (config.dataset === 'mnist' && inputDim !== 784)
    throw new ConfigError(`MNIST is always 784-D, so dim does not apply, got ${inputDim}`);
  return inputDim;
}

const FIELDS: readonly Field[] = [
  { key: 'ds', encode: (c) => c.dataset, apply: (c, t) => withDataset(c, t as DatasetName) },
  {
    key: 'dim',
    encode: (c) => (c.dataset === 'mnist' ? undefined : String(c.inputDim)),
    apply: (c, t) => ({ ...c, inputDim: inputDimFor(c, num(t)) }),
  },
  { key: 'h', encode: (c) => c.hidden.join(','), apply: (c, t) => ({ ...c, hidden: t.split(',').map(num) }) },
  { key: 'act', encode: (c) => c.activation, apply: (c, t) => ({ ...c, activation: t as RunConfig['activation'] }) },
  { key: 'init', encode: (c) => formatInit(c.init), apply: (c, t) => ({ ...c, init: parseInit(t) }) },
  { key: 'lr', encode: (c) => String(c.lr), apply: (c, t) => ({ ...c, lr: num(t) }) },
  { key: 'mom', encode: (c) => String(c.momentum), apply: (c, t) => ({ ...c, momentum: num(t) }) },
  { key: 'bs', encode: (c) => String(c.batchSize), apply: (c, t) => ({ ...c, batchSize: num(t) }) },
  { key: 'seed', encode: (c) => String(c.initSeed), apply: (c, t) => ({ ...c, initSeed: num(t) }) },
  { key: 'dseed', encode: (c) => String(c.dataSeed), apply: (c, t) => ({ ...c, dataSeed: num(t) }) },
  { key: 'steps', encode: (c) => String(c.steps), apply: (c, t) => ({ ...c, steps: num(t) }) },
  { key: 'pe', encode: (c) => String(c.probeEvery), apply: (c, t) => ({ ...c, probeEvery: num(t) }) },
  { key: 'ps', encode: (c) => String(c.probeSize), apply: (c, t) => ({ ...c, probeSize: num(t) }) },
  {
    key: 'nets',
    encode: (c) => c.nets.map((n) => (n.lr === undefined ? n.norm : `${n.norm}@${n.lr}`)).join(','),
    apply: (c, t) => ({ ...c, nets: parseNets(t) }),
  },
  // after h: an event's layer must be one of the hidden layers
  {
    key: 'ev',
    encode: (c) => (c.events?.length ? c.events.map(formatEvent).join(',') : undefined),
    apply: (c, t) => ({ ...c, events: parseEvents(t) }),
  },
  { key: 'm', encode: (c) => formatMeasures(c.measure), apply: (c, t) => ({ ...c, measure: parseMeasures(t) }) },
];

/** Percent-encodes, but leaves the separators our values use readable. */
export function encodeValue(text: string): string {
  return encodeURIComponent(text).replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%40/g, '@');
}

/** The query string (with its `?`) for a run. */
export function encodeUrlState({ config, presetName, view, stop = null }: UrlState): string {
  const pairs = [
    ['scene', presetName] as const,
    ...FIELDS.map((f) => [f.key, f.encode(config)] as const),
    ...(view ? encodeView(view, config) : []),
    ...encodeStop(stop),
  ];
  return `?${pairs
    .filter((pair): pair is readonly [string, string] => pair[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeValue(value)}`)
    .join('&')}`;
}

/** A link field the parser skipped, with why. */
interface Skipped {
  readonly key: string;
  readonly text: string;
  readonly reason: string;
}

function shown(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function noticeOf(skipped: readonly Skipped[]): string | null {
  if (skipped.length === 0) return null;
  const fields = skipped.map(({ key, text, reason }) => `${key}=${shown(text)} (${reason})`).join(', ');
  return `This link had fields that could not be used: ${fields}; using the defaults for those.`;
}

/** Every value of a key after the first: skipped, so that a link means one thing. */
function repeated(key: string, repeats: readonly string[]): Skipped[] {
  return repeats.map((text) => ({ key, text, reason: `${key} is repeated; the first one is used` }));
}

/** `scene=`, or `preset=`, its older name (a link with both uses scene and names preset as repeated). */
function presetOf(params: URLSearchParams, skipped: Skipped[]): { presetName: string; base: RunConfig } {
  const key = params.has('scene') ? 'scene' : 'preset';
  const [name, ...repeats] = params.getAll(key);
  const base = name === undefined ? undefined : presetConfig(name);
  if (name !== undefined && !base) skipped.push({ key, text: name, reason: `no such ${key}` });
  skipped.push(...repeated(key, repeats));
  if (key === 'scene')
    skipped.push(
      ...params
        .getAll('preset')
        .map((text) => ({ key: 'preset', text, reason: 'scene= is given, so preset= is not used' })),
    );
  return name !== undefined && base
    ? { presetName: name, base }
    : { presetName: DEFAULT_PRESET_NAME, base: DEFAULT_CONFIG };
}

/** Why a field was skipped; a value the preset alone would take was refused in combination with earlier fields. */
function reasonFor(field: Field, text: string, base: RunConfig, error: ConfigError): string {
  try {
    validateConfig(field.apply(base, text));
  } catch {
    return error.message;
  }
  return `fine alone, but not with the fields before it: ${error.message}`;
}

/**
 * The run a query string describes: its preset, overridden key by key in FIELDS order and validated after each
 * key. A key whose value is malformed or out of range, or that is repeated, is skipped and named in the notice;
 * the others are kept. So is a key that is fine over the preset alone but not with the keys applied before it
 * (`dim` after `ds=mnist`; `ps`, `bs`, `nets` or `mom` that make the nets too big for memory after a wide `h`):
 * the later key gives way. Unknown keys are ignored. An unknown preset gives the default preset. Never throws.
 */
export function parseUrlState(search: string): ParsedUrlState {
  const params = new URLSearchParams(search);
  const skipped: Skipped[] = [];
  /** the first value of a key through `take`; a bad value, and every repeat, is skipped */
  const read: ReadKey = (key, take) => {
    const [text, ...repeats] = params.getAll(key);
    try {
      if (text !== undefined) take(text);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      skipped.push({ key, text: text ?? '', reason: error.message });
    }
    skipped.push(...repeated(key, repeats));
  };
  const { presetName, base } = presetOf(params, skipped);
  let config = base;
  for (const field of FIELDS)
    read(field.key, (text) => {
      try {
        config = validateConfig(field.apply(config, text));
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        throw new ConfigError(reasonFor(field, text, base, error));
      }
    });
  const view = parseView(read, config);
  const stop = parseStop(read, config);
  return { config, presetName, view, stop, notice: noticeOf(skipped) };
}
