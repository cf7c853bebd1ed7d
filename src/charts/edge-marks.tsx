/** Values beyond the value axis: a small triangle on the edge they lie past, so they never silently vanish. */

import type { ValueAxis } from './value-axis.ts';

export type Edge = 'above' | 'below';

/** Where a value lies off the axis; null when the axis shows it (on a log axis with a zero lane, 0 is shown). */
export function offAxis(value: number, axis: ValueAxis): Edge | null {
  if (value === 0 && axis.zeroY !== undefined) return null;
  const [lo, hi] = axis.domain;
  const slack = (hi - lo) * 1e-9;
  if (value > hi + slack) return 'above';
  return value < lo - slack ? 'below' : null;
}

/** The y (plot pixels) a value is drawn at: clamped to the edge it lies past. */
export function placedY(value: number, axis: ValueAxis, innerHeight: number): number {
  const edge = offAxis(value, axis);
  if (edge === 'above') return 0;
  return edge === 'below' ? innerHeight : axis.scale(value);
}

/** Said next to an off-axis value in the read-out and the description. */
export const EDGE_WORDS: Readonly<Record<Edge, string>> = { above: 'above the chart', below: 'below the chart' };
export const EDGE_SYMBOL: Readonly<Record<Edge, string>> = { above: '▲', below: '▼' };

interface EdgePoint {
  readonly step: number;
  readonly value: number;
}

export interface EdgeMarksProps {
  readonly name: string;
  readonly color: string;
  readonly points: readonly EdgePoint[];
  readonly x: (step: number) => number;
  readonly axis: ValueAxis;
  readonly innerHeight: number;
  /** drawable: finite, and ≥ 0 on a log axis */
  readonly ok: (value: number) => boolean;
  /** px, the triangle's width and height */
  readonly size: number;
}

/** The off-axis points to mark: the first of every run off one edge, then one per triangle width along the run. */
function pointsToMark(points: readonly EdgePoint[], props: EdgeMarksProps): { step: number; edge: Edge }[] {
  const marked: { step: number; edge: Edge }[] = [];
  let lastX = -Infinity;
  let previous: Edge | null = null;
  for (const p of points) {
    const edge = props.ok(p.value) ? offAxis(p.value, props.axis) : null;
    const px = props.x(p.step);
    if (edge && (edge !== previous || px - lastX >= props.size)) {
      marked.push({ step: p.step, edge });
      lastX = px;
    }
    previous = edge;
  }
  return marked;
}

/** A triangle per marked off-axis point, pointing out of the plot, its tip on the edge. */
export function EdgeMarks(props: EdgeMarksProps) {
  const { name, color, x, innerHeight, size } = props;
  const h = size / 2;
  return pointsToMark(props.points, props).map(({ step, edge }) => {
    const [tip, base] = edge === 'above' ? [0, size] : [innerHeight, innerHeight - size];
    return (
      <path
        key={step}
        data-off-chart={edge}
        data-series-of={name}
        d={`M${x(step)},${tip}L${x(step) - h},${base}L${x(step) + h},${base}Z`}
        fill={color}
        stroke="#fff"
        strokeWidth={1}
      />
    );
  });
}
