/** The outside of every SVG chart: an accessible <svg role="img"> with a <title>, a legend and a hover read-out. */

import type { ReactNode } from 'react';
import { FONT_FAMILY, MUTED_TEXT_COLOR, type ChartSizes } from './theme.ts';

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
  /** a line under the chart, e.g. which statistics it shows */
  readonly caption?: string;
  readonly children: ReactNode;
}

export function ChartFrame(props: ChartFrameProps) {
  const { title, description, width, height, sizes, header, overlay, caption, children } = props;
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
      {caption ? (
        <figcaption style={{ fontSize: sizes.fontSize, color: MUTED_TEXT_COLOR, marginTop: sizes.fontSize / 3 }}>
          {caption}
        </figcaption>
      ) : null}
    </figure>
  );
}
