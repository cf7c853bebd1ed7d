/** Colours and sizes of every chart: Okabe–Ito net colours, a lightness ramp per layer, presenter sizes. */

import * as d3 from 'd3';

/** Okabe–Ito, colour-blind safe. */
export const NET_COLORS = {
  plain: '#D55E00',
  bn: '#0072B2',
  noisyBn: '#009E73',
  naiveCentering: '#CC79A7',
} as const;

/** Okabe–Ito colours left for nets the lab does not know by name. */
const SPARE_COLORS = ['#E69F00', '#56B4E9', '#000000'] as const;

const TEXT_COLOR = '#222222';
export const MUTED_TEXT_COLOR = '#595959';
export const AXIS_COLOR = '#595959';
export const GRID_COLOR = '#e6e6e6';
/** saturated zones of the nonlinearity: neutral grey at low opacity */
export const ZONE_FILL = '#808080';
export const ZONE_OPACITY = 0.14;
export const MARKER_COLOR = '#333333';
export const FONT_FAMILY = 'var(--chart-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif)';

/** The colour of a net by its name: plain, bn, noisy BN, naive centering; others get a spare Okabe–Ito colour. */
export function netColor(name: string): string {
  const n = name.toLowerCase();
  if (n.includes('noisy')) return NET_COLORS.noisyBn;
  if (n.includes('whiten') || n.includes('center') || n.includes('centre') || n.includes('naive')) {
    return NET_COLORS.naiveCentering;
  }
  if (n.includes('bn') || n.includes('batchnorm')) return NET_COLORS.bn;
  if (n.includes('plain')) return NET_COLORS.plain;
  let hash = 0;
  for (const ch of n) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return SPARE_COLORS[hash % SPARE_COLORS.length];
}

/** Layer i of n within a net: a CIELAB lightness ramp of the net's colour, first layer darkest. */
export function layerColor(netName: string, layerIndex: number, layerCount: number): string {
  const base = d3.lab(netColor(netName));
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
