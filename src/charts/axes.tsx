/** Axes drawn as JSX from explicit tick values, so they render (and test) without effects. */

import { AXIS_COLOR, GRID_COLOR, type ChartSizes } from './theme.ts';

export interface AxisProps {
  readonly scale: (value: number) => number;
  readonly ticks: readonly number[];
  readonly format: (value: number) => string;
  readonly label: string;
  /** the axis length: the plot's inner width (bottom) or inner height (left) */
  readonly length: number;
  readonly sizes: ChartSizes;
  /** draw grid lines this long across the plot */
  readonly grid?: number;
}

/** An x axis along the bottom of a plot whose inner height is `offset`. */
export function AxisBottom(props: AxisProps & { readonly offset: number }) {
  const { scale, ticks, format, label, length, sizes, grid, offset } = props;
  const { fontSize, tickLength, axisWidth, textColor } = sizes;
  return (
    <g transform={`translate(0,${offset})`} data-axis="x" fontSize={fontSize} fill={textColor}>
      <line x1={0} x2={length} stroke={AXIS_COLOR} strokeWidth={axisWidth} />
      {ticks.map((t) => (
        <g key={t} transform={`translate(${scale(t)},0)`}>
          {grid ? <line y1={-grid} y2={0} stroke={GRID_COLOR} strokeWidth={1} /> : null}
          <line y2={tickLength} stroke={AXIS_COLOR} strokeWidth={axisWidth} />
          <text data-tick="x" y={tickLength + fontSize} textAnchor="middle">
            {format(t)}
          </text>
        </g>
      ))}
      <text data-axis-label="x" x={length / 2} y={tickLength + fontSize * 2.5} textAnchor="middle">
        {label}
      </text>
    </g>
  );
}

/** A y axis along the left of a plot. */
export function AxisLeft({ scale, ticks, format, label, length, sizes, grid }: AxisProps) {
  const { fontSize, tickLength, axisWidth, textColor, margin } = sizes;
  return (
    <g data-axis="y" fontSize={fontSize} fill={textColor}>
      <line y1={0} y2={length} stroke={AXIS_COLOR} strokeWidth={axisWidth} />
      {ticks.map((t) => (
        <g key={t} transform={`translate(0,${scale(t)})`}>
          {grid ? <line x1={0} x2={grid} stroke={GRID_COLOR} strokeWidth={1} /> : null}
          <line x1={-tickLength} stroke={AXIS_COLOR} strokeWidth={axisWidth} />
          <text data-tick="y" x={-tickLength - 3} dy="0.32em" textAnchor="end">
            {format(t)}
          </text>
        </g>
      ))}
      <text
        data-axis-label="y"
        transform={`translate(${-margin.left + fontSize},${length / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {label}
      </text>
    </g>
  );
}

/** Two short slashes across the y axis above the value at y: the scale is broken there (a log axis above its 0 lane). */
export function AxisBreak({ y, sizes }: { readonly y: number; readonly sizes: ChartSizes }) {
  const { fontSize, axisWidth } = sizes;
  const at = y - fontSize * 0.75;
  const d = `M${-fontSize * 0.4},${at + 2}l${fontSize * 0.8},-4M${-fontSize * 0.4},${at + 5}l${fontSize * 0.8},-4`;
  return (
    <g data-axis-break="">
      <rect x={-fontSize * 0.4} y={at - 2} width={fontSize * 0.8} height={5} fill="#fff" />
      <path d={d} stroke={AXIS_COLOR} strokeWidth={axisWidth} fill="none" />
    </g>
  );
}

type AxisSpec = Pick<AxisProps, 'scale' | 'ticks' | 'format'>;

/** The usual pair for a plot of `width` × `height`: y on the left with grid lines across, x along the bottom. */
export function PlotAxes(props: {
  readonly x: AxisSpec;
  readonly y: AxisSpec;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly width: number;
  readonly height: number;
  readonly sizes: ChartSizes;
}) {
  const { x, y, width, height, sizes } = props;
  return (
    <>
      <AxisLeft {...y} label={props.yLabel} length={height} sizes={sizes} grid={width} />
      <AxisBottom {...x} label={props.xLabel} length={width} sizes={sizes} offset={height} />
    </>
  );
}
