/**
 * The outside of every SVG chart: an <svg role="img"> named by its title and described by a visually hidden
 * paragraph, the chart's text summary (what it shows and its latest values), plus a legend, a hover read-out and
 * whatever the page puts in its corner (ChartCornerContext: the export menu).
 */

import { useContext, useId, useRef, type ReactNode } from 'react';
import { ChartCornerContext } from './chart-corner.ts';
import { FONT_FAMILY, MUTED_TEXT_COLOR, type ChartSizes } from './theme.ts';

/** Off screen but read: the summary is for screen readers (and is read in browse mode too). */
export const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

export interface ChartFrameProps {
  /** the accessible name and <title> */
  readonly title: string;
  /** the accessible description: what the chart shows and its latest values, in sentences */
  readonly summary: string;
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
  const { title, summary, width, height, sizes, header, overlay, caption, children } = props;
  const summaryId = useId();
  const figureRef = useRef<HTMLElement>(null);
  const corner = useContext(ChartCornerContext);
  return (
    <figure
      ref={figureRef}
      data-chart=""
      style={{
        position: 'relative',
        margin: 0,
        width,
        fontFamily: FONT_FAMILY,
        fontVariantNumeric: 'tabular-nums',
        color: sizes.textColor,
      }}
    >
      {header}
      <div style={{ position: 'relative', width, height }}>
        <svg
          role="img"
          aria-label={title}
          aria-describedby={summaryId}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          fontFamily={FONT_FAMILY}
          style={{ display: 'block', overflow: 'visible', fontVariantNumeric: 'tabular-nums' }}
        >
          <title>{title}</title>
          {children}
        </svg>
        {overlay}
      </div>
      <p id={summaryId} data-chart-summary="" style={VISUALLY_HIDDEN}>
        {summary}
      </p>
      {caption ? (
        <figcaption style={{ fontSize: sizes.fontSize, color: MUTED_TEXT_COLOR, marginTop: sizes.fontSize / 3 }}>
          {caption}
        </figcaption>
      ) : null}
      {corner?.({ title, figure: figureRef })}
    </figure>
  );
}
