/** A legend above a chart: a swatch and a name per series. */

import type { ChartSizes } from './theme.ts';

export interface LegendItem {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  readonly dashed?: boolean;
  /** also show a faint band behind the line */
  readonly band?: boolean;
}

export function Legend({ items, sizes }: { readonly items: readonly LegendItem[]; readonly sizes: ChartSizes }) {
  const w = sizes.fontSize * 2;
  const h = sizes.fontSize;
  return (
    <ul
      aria-label="legend"
      style={{
        listStyle: 'none',
        display: 'flex',
        flexWrap: 'wrap',
        gap: '0.25em 1em',
        margin: 0,
        padding: 0,
        fontSize: sizes.fontSize,
      }}
    >
      {items.map((item) => (
        <li key={item.key} style={{ display: 'flex', alignItems: 'center', gap: '0.35em' }}>
          <svg width={w} height={h} aria-hidden="true">
            {item.band ? <rect y={h * 0.15} width={w} height={h * 0.7} fill={item.color} fillOpacity={0.2} /> : null}
            <line
              x1={0}
              x2={w}
              y1={h / 2}
              y2={h / 2}
              stroke={item.color}
              strokeWidth={sizes.lineWidth * 1.5}
              strokeDasharray={item.dashed ? `${sizes.lineWidth * 3} ${sizes.lineWidth * 2}` : undefined}
            />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
