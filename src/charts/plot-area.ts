/** The inner plotting rectangle of a chart, inside its margins. */

import type { ChartSizes } from './theme.ts';

export interface PlotArea {
  readonly left: number;
  readonly top: number;
  readonly innerWidth: number;
  readonly innerHeight: number;
}

export function plotArea(width: number, height: number, sizes: ChartSizes): PlotArea {
  const { margin } = sizes;
  return {
    left: margin.left,
    top: margin.top,
    innerWidth: Math.max(width - margin.left - margin.right, 1),
    innerHeight: Math.max(height - margin.top - margin.bottom, 1),
  };
}
