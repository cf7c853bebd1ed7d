/** What every time chart shares: step axis, value axis, scrubber marker, diverged ✕ marks, hover crosshair and read-out. */

import { memo, type ReactNode, useId } from 'react';
import { AxisBreak, PlotAxes } from './axes.tsx';
import { ChartFrame } from './chart-frame.tsx';
import { formatStep } from './format.ts';
import { HoverOverlay, VerticalLine } from './hover-overlay.tsx';
import { Legend, type LegendItem } from './legend.tsx';
import { nearestIndex } from './nearest-step.ts';
import type { PlotArea } from './plot-area.ts';
import { Readout, type ReadoutRow } from './readout.tsx';
import { textColorOf, type ChartSizes } from './theme.ts';
import { useHover } from './use-hover.ts';
import type { ValueAxis } from './value-axis.ts';

/** A read-out row, with the y (plot pixels) of its crosshair dot when the value is drawn. */
export interface TimeReadoutRow extends ReadoutRow {
  readonly y?: number;
}

export interface DivergedMark {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  readonly step: number;
  /** plot pixels; undefined puts the ✕ at the top */
  readonly y?: number;
}

interface TimeScale {
  (step: number): number;
  invert(x: number): number;
  ticks(count?: number): number[];
}

export interface TimePlotProps {
  readonly title: string;
  /** the text summary for screen readers */
  readonly summary: string;
  readonly width: number;
  readonly height: number;
  readonly area: PlotArea;
  readonly sizes: ChartSizes;
  readonly x: TimeScale;
  readonly y: ValueAxis;
  readonly xLabel: string;
  readonly yLabel: string;
  /** sorted recorded steps the crosshair snaps to */
  readonly steps: readonly number[];
  readonly rowsAt: (step: number) => readonly TimeReadoutRow[];
  readonly markerStep?: number | null;
  readonly diverged: readonly DivergedMark[];
  readonly legend?: readonly LegendItem[];
  /** the step hovered in a linked chart (the other side of a pair): shown when this chart is not hovered itself */
  readonly hoverStep?: number | null;
  /** hears the hovered step (null on leave), to link the crosshairs of paired charts */
  readonly onHoverStep?: (step: number | null) => void;
  /** the series, in plot coordinates; clipped to the plot */
  readonly children: ReactNode;
  /** point marks, in plot coordinates, drawn over the series and not clipped (they sit on the plot's edges) */
  readonly marks?: ReactNode;
  /** a line under the chart */
  readonly caption?: string;
}

function TimePlotView(props: TimePlotProps) {
  const { area, sizes, x, y, steps, markerStep, width } = props;
  const { innerWidth, innerHeight } = area;
  const clipId = useId();
  const stepAt = (px: number): number | undefined => steps[nearestIndex(steps, x.invert(px))];
  const { onHoverStep } = props;
  const hoverState = useHover(innerWidth, innerHeight, (p) => onHoverStep?.(p ? (stepAt(p.x) ?? null) : null));
  const { hover } = hoverState;
  const inX = (step: number) => x(step) >= -0.5 && x(step) <= innerWidth + 0.5;
  const linked = props.hoverStep != null && inX(props.hoverStep) ? props.hoverStep : undefined;
  const hoverStep = hover ? stepAt(hover.x) : linked;
  const rows = hoverStep === undefined ? [] : props.rowsAt(hoverStep);
  const xTicks = x.ticks(Math.max(2, Math.floor(innerWidth / (sizes.fontSize * 7))));
  const flip = (step: number) => x(step) > innerWidth / 2;
  const readout =
    hoverStep === undefined ? null : (
      <Readout
        heading={`step ${formatStep(hoverStep)}`}
        rows={rows}
        x={area.left + x(hoverStep)}
        y={area.top}
        flip={flip(hoverStep)}
        sizes={sizes}
      />
    );
  return (
    <ChartFrame
      title={props.title}
      summary={props.summary}
      caption={props.caption}
      width={width}
      height={props.height}
      sizes={sizes}
      header={props.legend && props.legend.length > 0 ? <Legend items={props.legend} sizes={sizes} /> : null}
      overlay={readout}
    >
      <defs>
        <clipPath id={clipId}>
          <rect width={innerWidth} height={innerHeight} />
        </clipPath>
      </defs>
      <g transform={`translate(${area.left},${area.top})`}>
        <PlotAxes
          x={{ scale: x, ticks: xTicks, format: formatStep }}
          y={y}
          xLabel={props.xLabel}
          yLabel={props.yLabel}
          width={innerWidth}
          height={innerHeight}
          sizes={sizes}
        />
        {y.zeroY === undefined ? null : <AxisBreak y={y.zeroY} sizes={sizes} />}
        <g clipPath={`url(#${clipId})`}>{props.children}</g>
        {props.marks}
        {markerStep != null && inX(markerStep) ? (
          <VerticalLine data-marker="step" x={x(markerStep)} height={innerHeight} width={sizes.lineWidth} dashed />
        ) : null}
        {props.diverged
          .filter((d) => inX(d.step))
          .map((d) => (
            <DivergedX key={d.key} mark={d} x={x(d.step)} innerHeight={innerHeight} sizes={sizes} flip={flip(d.step)} />
          ))}
        {hoverStep === undefined ? null : (
          <g data-crosshair="" pointerEvents="none">
            <VerticalLine x={x(hoverStep)} height={innerHeight} width={1} />
            {rows.map((r) =>
              r.y === undefined ? null : (
                <circle key={r.key} cx={x(hoverStep)} cy={r.y} r={sizes.lineWidth * 2} fill={r.color} stroke="#fff" />
              ),
            )}
          </g>
        )}
        <HoverOverlay width={innerWidth} height={innerHeight} hover={hoverState} />
      </g>
    </ChartFrame>
  );
}

interface DivergedXProps {
  readonly mark: DivergedMark;
  readonly x: number;
  readonly innerHeight: number;
  readonly sizes: ChartSizes;
  readonly flip: boolean;
}

function DivergedX({ mark, x, innerHeight, sizes, flip }: DivergedXProps) {
  const { fontSize } = sizes;
  // the last value before divergence may be far off the plot: keep the ✕ inside
  const y = Math.min(Math.max(mark.y ?? fontSize, fontSize), innerHeight - fontSize / 2);
  return (
    <g data-diverged={mark.key} fill={textColorOf(mark.color)} fontSize={fontSize} pointerEvents="none">
      <text x={x} y={y} dy="0.35em" textAnchor="middle" fontWeight={700} fontSize={fontSize * 1.4}>
        ✕
      </text>
      <text
        x={x + (flip ? -1 : 1) * fontSize}
        y={y}
        dy="-0.6em"
        textAnchor={flip ? 'end' : 'start'}
        stroke="#fff"
        strokeWidth={3}
        paintOrder="stroke"
      >
        {`${mark.label} diverged at step ${formatStep(mark.step)}`}
      </text>
    </g>
  );
}

/** Memoised: an unchanged chart is skipped when its row re-renders for something else (a status, a hover). */
export const TimePlot = memo(TimePlotView);
