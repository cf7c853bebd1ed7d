/**
 * The view and the stop of a link, after its config (url-state.ts): the hidden layer and unit shown, the
 * distribution switches, which panels are open, presenter mode; then the step a replay pauses at and the probe the
 * timeline shows there. A view key is written only when it differs from the config's default view, so links stay
 * short (`layer=2&draw=overlay&at=2000&scrub=1200`).
 */

import type { RunConfig } from '../protocol/config.ts';
import { ConfigError, parseNumber } from '../protocol/validate-config.ts';
import type { LinkStop, LinkView } from './lab-state.ts';
import { defaultView } from './ui-slice.ts';

/** The view out of the store's state. */
export function viewOf(state: LinkView): LinkView {
  const { selectedLayer, selectedUnit, ridgeline, bnView, statsMode } = state;
  const { bnDetail, sidebarCollapsed, lessonCollapsed, presenter } = state;
  return {
    selectedLayer,
    selectedUnit,
    ridgeline,
    bnView,
    statsMode,
    bnDetail,
    sidebarCollapsed,
    lessonCollapsed,
    presenter,
  };
}

interface ViewField {
  readonly key: string;
  /** the value to write, or undefined for the default */
  encode(view: LinkView, config: RunConfig): string | undefined;
  /** the view with this key's value; a ConfigError names what is wrong with it */
  apply(view: LinkView, text: string, config: RunConfig): LinkView;
}

/** A whole number in [lo, hi], written as such. */
function wholeIn(key: string, text: string, lo: number, hi: number, what: string): number {
  const value = parseNumber(text);
  if (!Number.isInteger(value) || value < lo || value > hi)
    throw new ConfigError(`${key} must be a whole number from ${lo} to ${hi} (${what}), got ${text}`);
  return value;
}

type ChoiceKey = 'ridgeline' | 'bnView' | 'statsMode';

/** A switch of several values, written by its value (`draw=overlay`). */
function choice<K extends ChoiceKey>(key: string, field: K, values: readonly LinkView[K][]): ViewField {
  return {
    key,
    encode: (view, config) => (view[field] === defaultView(config)[field] ? undefined : view[field]),
    apply: (view, text) => {
      const value = values.find((v) => v === text);
      if (value === undefined) throw new ConfigError(`${key} is ${values.join(' or ')}, got ${text}`);
      return { ...view, [field]: value };
    },
  };
}

type FlagKey = 'bnDetail' | 'sidebarCollapsed' | 'lessonCollapsed' | 'presenter';

/** On or off, written 1 or 0; `shownWhen` is the field's value that 1 means (a panel shown: not collapsed). */
function flag(key: string, field: FlagKey, shownWhen: boolean): ViewField {
  return {
    key,
    encode: (view, config) =>
      view[field] === defaultView(config)[field] ? undefined : view[field] === shownWhen ? '1' : '0',
    apply: (view, text) => {
      if (text !== '0' && text !== '1') throw new ConfigError(`${key} is 1 (on) or 0 (off), got ${text}`);
      return { ...view, [field]: (text === '1') === shownWhen };
    },
  };
}

/** In order: a unit is checked against the layer before it. */
const VIEW_FIELDS: readonly ViewField[] = [
  {
    key: 'layer',
    encode: (view, config) =>
      view.selectedLayer === defaultView(config).selectedLayer ? undefined : String(view.selectedLayer + 1),
    apply: (view, text, config) => {
      const layer = wholeIn('layer', text, 1, config.hidden.length, 'the hidden layers') - 1;
      return { ...view, selectedLayer: layer, selectedUnit: 0 };
    },
  },
  {
    key: 'unit',
    encode: (view) => (view.selectedUnit === 0 ? undefined : String(view.selectedUnit + 1)),
    apply: (view, text, config) => {
      const width = config.hidden[view.selectedLayer];
      const unit = wholeIn('unit', text, 1, width, `the units of layer ${view.selectedLayer + 1}`) - 1;
      return { ...view, selectedUnit: unit };
    },
  },
  choice('draw', 'ridgeline', ['ridge', 'overlay']),
  choice('bnv', 'bnView', ['normalized', 'raw']),
  choice('stats', 'statsMode', ['batch', 'inference']),
  flag('bnacc', 'bnDetail', true),
  flag('settings', 'sidebarCollapsed', false),
  flag('lesson', 'lessonCollapsed', false),
  flag('present', 'presenter', true),
];

/** The view keys that differ from the default, in order, as [key, value]. */
export function encodeView(view: LinkView, config: RunConfig): (readonly [string, string | undefined])[] {
  return VIEW_FIELDS.map((field) => [field.key, field.encode(view, config)] as const);
}

/** `at` and `scrub`, when the link has somewhere to stop. */
export function encodeStop(stop: LinkStop | null): (readonly [string, string | undefined])[] {
  if (stop === null || stop.step <= 0) return [];
  return [
    ['at', String(stop.step)],
    ['scrub', stop.scrub === null ? undefined : String(stop.scrub)],
  ];
}

/** How a link's keys are read: the first value of a key through `take`, whose ConfigError names what is wrong. */
export type ReadKey = (key: string, take: (text: string) => void) => void;

/** The view of a link whose config is `config`; a bad key keeps the default and is reported through `read`. */
export function parseView(read: ReadKey, config: RunConfig): LinkView {
  let view = defaultView(config);
  for (const field of VIEW_FIELDS) read(field.key, (text) => (view = field.apply(view, text, config)));
  return view;
}

/** `at` (a step of the run) and `scrub` (a step up to it); null when the link does not stop past step 0. */
export function parseStop(read: ReadKey, config: RunConfig): LinkStop | null {
  let step = 0;
  let scrub: number | null = null;
  read('at', (text) => (step = wholeIn('at', text, 0, config.steps, 'the steps of the run')));
  read('scrub', (text) => (scrub = wholeIn('scrub', text, 0, step, 'a step up to at, where the link stops')));
  return step > 0 ? { step, scrub } : null;
}
