/** Pointer position over a chart's plot area, in plot coordinates. */

import { useState, type MouseEvent } from 'react';

export interface HoverPoint {
  readonly x: number;
  readonly y: number;
}

export interface Hover {
  readonly hover: HoverPoint | null;
  readonly onMouseMove: (event: MouseEvent<SVGElement>) => void;
  readonly onMouseLeave: () => void;
}

/** Tracks the mouse over an overlay of innerWidth × innerHeight (a CSS-scaled SVG is scaled back); onChange hears every move. */
export function useHover(
  innerWidth: number,
  innerHeight: number,
  onChange?: (point: HoverPoint | null) => void,
): Hover {
  const [hover, setHover] = useState<HoverPoint | null>(null);
  const onMouseMove = (event: MouseEvent<SVGElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const sx = rect.width > 0 ? innerWidth / rect.width : 1;
    const sy = rect.height > 0 ? innerHeight / rect.height : 1;
    const point = { x: (event.clientX - rect.left) * sx, y: (event.clientY - rect.top) * sy };
    setHover(point);
    onChange?.(point);
  };
  const onMouseLeave = () => {
    setHover(null);
    onChange?.(null);
  };
  return { hover, onMouseMove, onMouseLeave };
}
