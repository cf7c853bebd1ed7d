/** Colours and sizes of every chart: Okabe–Ito colours per kind of net, a lightness ramp per layer, presenter sizes. */

import * as d3 from 'd3';
import type { NormKind } from '../protocol/config.ts';
import { textShade } from './contrast.ts';

/** Okabe–Ito, colour-blind safe: one hue per kind, never per name (sky blue needs lines ≥ 2 px). */
export const KIND_COLORS: Readonly<Record<NormKind, string>> = {
  none: '#D55E00',
  bn: '#0072B2',
  'bn-fixed': '#56B4E9',
  'center-stopgrad': '#CC79A7',
  'noisy-bn': '#009E73',
};

/**
 * Every background text in a net's colour sits on: white (the page, the charts, presenter mode) and the light grey
 * of the panels (top bar, sidebar, timeline; --panel in styles.css). There is no dark theme.
 */
export const BACKGROUNDS = { page: '#ffffff', panel: '#f6f7f8' } as const;

/** WCAG AA for normal text. */
export const TEXT_CONTRAST = 4.5;

const shades = new Map<string, string>();

/**
 * Text in a line colour's hue: darkened until it reads at 4.5:1 on `background`, by default on the panels' grey,
 * the darker of the two backgrounds, so that it reads on white too.
 */
export function textColorOf(color: string, background: string = BACKGROUNDS.panel): string {
  const key = `${color} on ${background}`;
  let shade = shades.get(key);
  if (shade === undefined) {
    shade = textShade(color, background, TEXT_CONTRAST);
    shades.set(key, shade);
  }
  return shade;
}

/** A faint opaque wash of a colour over white, behind text in that colour's text shade (a wrong prediction). */
export function tintOf(color: string): string {
  return d3.rgb(d3.interpolateRgb('#ffffff', color)(0.13)).formatHex();
}

/** The line colour of a kind of net. */
export function kindColor(kind: NormKind): string {
  return KIND_COLORS[kind];
}

/** The text colour of a kind of net: its hue darkened to a WCAG contrast of at least 4.5:1 on every background. */
export function kindTextColor(kind: NormKind): string {
  return textColorOf(KIND_COLORS[kind]);
}

const TEXT_COLOR = '#222222';
export const MUTED_TEXT_COLOR = '#595959';
export const AXIS_COLOR = '#595959';
export const GRID_COLOR = '#e6e6e6';
/** saturated zones of the nonlinearity: neutral grey at low opacity */
export const ZONE_FILL = '#808080';
export const ZONE_OPACITY = 0.14;
export const MARKER_COLOR = '#333333';
export const FONT_FAMILY = 'var(--chart-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif)';

/** Layer i of n within a net: a CIELAB lightness ramp of the net's colour, first layer darkest. */
export function layerColor(netColor: string, layerIndex: number, layerCount: number): string {
  const base = d3.lab(netColor);
  if (layerCount <= 1) return base.formatHex();
  const t = Math.min(Math.max(layerIndex / (layerCount - 1), 0), 1);
  // keep the lightest layer readable on white: L* at most 78
  const lightness = Math.min(base.l - 22 + 44 * t, 78);
  return d3.lab(Math.max(lightness, 18), base.a, base.b).formatHex();
}

export interface ChartSizes {
  /** px, labels and ticks */
  readonly fontSize: number;
  /** px, series lines */
  readonly lineWidth: number;
  /** px, axes and ticks */
  readonly axisWidth: number;
  readonly tickLength: number;
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  readonly textColor: string;
}

/** Normal: labels 12 px, lines 1.5 px. Presenter: labels 24 px, lines 3 px, higher contrast. */
export function chartSizes(presenter = false): ChartSizes {
  const fontSize = presenter ? 24 : 12;
  return {
    fontSize,
    lineWidth: presenter ? 3 : 1.5,
    axisWidth: presenter ? 2 : 1,
    tickLength: presenter ? 8 : 4,
    margin: { top: fontSize * 0.75, right: fontSize * 1.5, bottom: fontSize * 3.2, left: fontSize * 5 },
    textColor: presenter ? '#000000' : TEXT_COLOR,
  };
}
