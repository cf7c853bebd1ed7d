/** A legend above a chart: a swatch and a name per series. */

import { dashArray, variantSymbol } from './line-style.ts';
import { chartSizes, type ChartSizes } from './theme.ts';

export interface LegendItem {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  readonly dashed?: boolean;
  /** the second, third, … net of a kind: dotted or dash-dot, with its point marker */
  readonly variant?: number;
  /** also show a faint band behind the line */
  readonly band?: boolean;
}

export function Legend({ items, sizes }: { readonly items: readonly LegendItem[]; readonly sizes: ChartSizes }) {
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
          <LineSwatch color={item.color} dashed={item.dashed} variant={item.variant} band={item.band} sizes={sizes} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

export interface LineSwatchProps {
  readonly color: string;
  readonly dashed?: boolean;
  readonly variant?: number;
  readonly band?: boolean;
  /** default: the normal (not presenter) sizes */
  readonly sizes?: ChartSizes;
}

/** A short sample of a series' line: its colour, its dash pattern and, for a later net of a kind, its marker. */
export function LineSwatch({ color, dashed, variant = 0, band, sizes = chartSizes() }: LineSwatchProps) {
  const w = sizes.fontSize * 2;
  const h = sizes.fontSize;
  const symbol = variantSymbol(variant, sizes.lineWidth * 3.5);
  return (
    <svg width={w} height={h} aria-hidden="true" data-swatch="" style={{ flex: 'none' }}>
      {band ? <rect y={h * 0.15} width={w} height={h * 0.7} fill={color} fillOpacity={0.2} /> : null}
      <line
        x1={0}
        x2={w}
        y1={h / 2}
        y2={h / 2}
        stroke={color}
        strokeWidth={sizes.lineWidth * 1.5}
        strokeDasharray={dashArray(sizes.lineWidth, dashed, variant)}
      />
      {symbol ? (
        <path
          data-swatch-marker=""
          d={symbol}
          transform={`translate(${w / 2},${h / 2})`}
          fill={color}
          stroke="#fff"
          strokeWidth={0.75}
        />
      ) : null}
    </svg>
  );
}
