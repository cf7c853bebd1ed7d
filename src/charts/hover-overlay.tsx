/** Pieces every hoverable chart shares: the transparent overlay that hears the mouse, and vertical rules. */

import type { Hover } from './use-hover.ts';
import { MARKER_COLOR } from './theme.ts';

/** Last child of the plot group, so it sits above the marks; tests find it by data-overlay. */
export interface HoverOverlayProps {
  readonly width: number;
  readonly height: number;
  readonly hover: Hover;
}

export function HoverOverlay({ width, height, hover }: HoverOverlayProps) {
  return (
    <rect
      data-overlay=""
      width={width}
      height={height}
      fill="transparent"
      onMouseMove={hover.onMouseMove}
      onMouseLeave={hover.onMouseLeave}
    />
  );
}

export interface VerticalLineProps {
  readonly x: number;
  readonly height: number;
  readonly width: number;
  /** the scrubber marker is dashed; the hover crosshair is solid and faint */
  readonly dashed?: boolean;
  readonly 'data-marker'?: string;
}

export function VerticalLine({ x, height, width, dashed = false, ...data }: VerticalLineProps) {
  return (
    <line
      {...data}
      x1={x}
      x2={x}
      y2={height}
      stroke={MARKER_COLOR}
      strokeWidth={width}
      strokeOpacity={dashed ? 1 : 0.6}
      strokeDasharray={dashed ? '4 3' : undefined}
      pointerEvents="none"
    />
  );
}
