/**
 * How a series' line is drawn. Solid vs dashed means test vs train; a net's variant (0 for the first net of its
 * kind, 1 for the second, …) is told by a dotted or dash-dot pattern and a point marker at every data point.
 */

import * as d3 from 'd3';

/** The stroke-dasharray of a line lineWidth px wide; undefined = solid. */
export function dashArray(lineWidth: number, dashed = false, variant = 0): string | undefined {
  const w = lineWidth;
  if (dashed) return `${w * 4} ${w * 2}`;
  if (variant <= 0) return undefined;
  // odd variants dotted, even ones dash-dot: both stay apart from the train lines' plain dashes
  return variant % 2 === 1 ? `${w} ${w * 1.5}` : `${w * 5} ${w * 1.5} ${w} ${w * 1.5}`;
}

const SYMBOLS = [d3.symbolCircle, d3.symbolSquare, d3.symbolDiamond, d3.symbolCross] as const;

/** The point marker of a variant, centred on (0, 0) with about the given diameter; null for the first net of a kind. */
export function variantSymbol(variant: number, diameter: number): string | null {
  if (variant <= 0) return null;
  const type = SYMBOLS[(variant - 1) % SYMBOLS.length];
  return d3.symbol(type, diameter * diameter)() ?? null;
}
