/** The drawn probes of a distributions-over-time chart, and the mark on the scrubbed one. */

import { formatStep } from './format.ts';
import type { RidgeScene } from './ridge-geometry.ts';
import { MARKER_COLOR, type ChartSizes } from './theme.ts';

export interface RidgesProps {
  readonly scene: RidgeScene;
  readonly x: (value: number) => number;
  readonly mode: 'ridge' | 'overlay';
  readonly hovered: number;
  readonly color: string;
  readonly sizes: ChartSizes;
}

/** Oldest first, so the newest is drawn on top; the highlighted and hovered probes stand out. */
export function Ridges({ scene, x, mode, hovered, color, sizes }: RidgesProps) {
  const n = scene.steps.length;
  return scene.steps.map((step, i) => {
    const strong = i === scene.highlight || i === hovered;
    const common = {
      'data-probe': step,
      'data-highlight': i === scene.highlight || undefined,
      d: scene.path(i, x),
      strokeLinejoin: 'round' as const,
    };
    if (mode === 'ridge') {
      const strokeWidth = strong ? sizes.lineWidth * 1.5 : sizes.axisWidth;
      const stroke = strong ? MARKER_COLOR : color;
      const fillOpacity = strong ? 0.75 : 0.3;
      return (
        <path key={step} {...common} fill={color} fillOpacity={fillOpacity} stroke={stroke} strokeWidth={strokeWidth} />
      );
    }
    const age = n > 1 ? 0.15 + (0.85 * i) / (n - 1) : 1; // older fainter
    const strokeWidth = sizes.lineWidth * (strong ? 2 : 1);
    return (
      <path
        key={step}
        {...common}
        fill="none"
        stroke={color}
        strokeOpacity={strong ? 1 : age}
        strokeWidth={strokeWidth}
      />
    );
  });
}

export interface ScrubMarkProps {
  readonly scene: RidgeScene;
  readonly innerWidth: number;
  readonly sizes: ChartSizes;
}

/** The scrubbed probe, named: a dashed rule along its baseline (ridges) or a note in the corner (overlay). */
export function ScrubMark({ scene, innerWidth, sizes }: ScrubMarkProps) {
  const i = scene.highlight;
  if (i < 0) return null;
  const baseline = scene.baseline(i);
  const { fontSize } = sizes;
  const label = `scrubber: step ${formatStep(scene.steps[i])}`;
  return (
    <g data-scrubbed={scene.steps[i]} pointerEvents="none" fontSize={fontSize} fill={MARKER_COLOR}>
      {baseline === null ? null : (
        <line x2={innerWidth} y1={baseline} y2={baseline} stroke={MARKER_COLOR} strokeDasharray="4 3" />
      )}
      <text
        x={innerWidth - 2}
        y={baseline === null ? fontSize * 3.5 : baseline - 3}
        textAnchor="end"
        stroke="#fff"
        strokeWidth={3}
        paintOrder="stroke"
      >
        {label}
      </text>
    </g>
  );
}
