/** The small read-out box shown while hovering a chart: a heading and one row per series. */

import { FONT_FAMILY, type ChartSizes } from './theme.ts';

export interface ReadoutRow {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  readonly value: string;
}

export interface ReadoutProps {
  readonly heading: string;
  readonly rows: readonly ReadoutRow[];
  /** the hovered point, in SVG pixels */
  readonly x: number;
  readonly y: number;
  /** put the box left of the point (near the right edge) */
  readonly flip: boolean;
  readonly sizes: ChartSizes;
}

export function Readout({ heading, rows, x, y, flip, sizes }: ReadoutProps) {
  const gap = sizes.fontSize;
  return (
    <div
      role="tooltip"
      style={{
        position: 'absolute',
        top: y,
        left: flip ? undefined : x + gap,
        right: flip ? `calc(100% - ${x - gap}px)` : undefined,
        pointerEvents: 'none',
        background: 'rgba(255,255,255,0.94)',
        border: '1px solid #bbb',
        borderRadius: 4,
        padding: '2px 6px',
        fontFamily: FONT_FAMILY,
        fontSize: sizes.fontSize,
        fontVariantNumeric: 'tabular-nums',
        color: sizes.textColor,
        whiteSpace: 'nowrap',
        lineHeight: 1.35,
      }}
    >
      <div style={{ fontWeight: 600 }}>{heading}</div>
      {rows.map((r) => (
        <div key={r.key} data-readout-row={r.key}>
          <span style={{ color: r.color }} aria-hidden="true">
            ●{' '}
          </span>
          {r.label}: {r.value}
        </div>
      ))}
    </div>
  );
}
