/** Chart heights in px; presenter mode scales them with its larger labels. */

export type ChartKind = 'ridgeline' | 'percentile' | 'time' | 'small' | 'shared';

const HEIGHT: Readonly<Record<ChartKind, number>> = {
  ridgeline: 320,
  percentile: 250,
  time: 220,
  small: 180,
  shared: 240,
};

export function chartHeight(kind: ChartKind, presenter: boolean): number {
  return Math.round(HEIGHT[kind] * (presenter ? 1.6 : 1));
}
