/** The outside of every SVG chart: an accessible <svg role="img"> with a <title>, a legend and a hover read-out. */

import type { ReactNode } from 'react';
import { FONT_FAMILY, type ChartSizes } from './theme.ts';

export interface ChartFrameProps {
  /** the accessible name and <title> */
  readonly title: string;
  /** a <desc> for screen readers, e.g. the latest values */
  readonly description?: string;
  readonly width: number;
  readonly height: number;
  readonly sizes: ChartSizes;
  /** HTML shown above the SVG (a legend) */
  readonly header?: ReactNode;
  /** HTML positioned over the SVG (a read-out) */
  readonly overlay?: ReactNode;
  readonly children: ReactNode;
}

export function ChartFrame({ title, description, width, height, sizes, header, overlay, children }: ChartFrameProps) {
  return (
    <figure
      style={{ margin: 0, width, fontFamily: FONT_FAMILY, fontVariantNumeric: 'tabular-nums', color: sizes.textColor }}
    >
      {header}
      <div style={{ position: 'relative', width, height }}>
        <svg
          role="img"
          aria-label={title}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          fontFamily={FONT_FAMILY}
          style={{ display: 'block', overflow: 'visible', fontVariantNumeric: 'tabular-nums' }}
        >
          <title>{title}</title>
          {description ? <desc>{description}</desc> : null}
          {children}
        </svg>
        {overlay}
      </div>
    </figure>
  );
}
