/** The timeline under the charts: a slider over the recorded probe steps, with ✕ where nets diverged, and a Live button. */

import * as d3 from 'd3';
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { formatStep } from './format.ts';
import { nearestIndex, thinIndices } from './nearest-step.ts';
import { AXIS_COLOR, FONT_FAMILY, MARKER_COLOR, chartSizes, textColorOf, type ChartSizes } from './theme.ts';

export interface ScrubberMark {
  readonly name: string;
  readonly label?: string;
  readonly step: number;
  readonly color: string;
}

export interface TimelineScrubberProps {
  /** the recorded probe steps, ascending */
  readonly steps: readonly number[];
  /** the frozen step; null follows training live (the thumb sits on the newest probe) */
  readonly value: number | null;
  readonly onChange: (step: number | null) => void;
  /** px, the whole scrubber including the Live button */
  readonly width: number;
  /** a ✕ per net that diverged */
  readonly diverged?: readonly ScrubberMark[];
  /** accessible name of the slider; default "Timeline" */
  readonly label?: string;
  readonly presenter?: boolean;
}

/** How far Page Up / Page Down move, in probes. */
const PAGE = 10;

function keyTarget(key: string, index: number, last: number): number | undefined {
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return Math.max(index - 1, 0);
    case 'ArrowRight':
    case 'ArrowUp':
      return Math.min(index + 1, last);
    case 'PageDown':
      return Math.max(index - PAGE, 0);
    case 'PageUp':
      return Math.min(index + PAGE, last);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}

/** Keep the step label over the thumb inside the track at both ends. */
function thumbAnchor(x: number, trackWidth: number, fontSize: number): 'start' | 'middle' | 'end' {
  if (x < fontSize * 2.5) return 'start';
  return x > trackWidth - fontSize * 2.5 ? 'end' : 'middle';
}

/** "step 1,500 (live); plain diverged at step 1,000": the position and what happened before it. */
function valueText(current: number | undefined, live: boolean, diverged: readonly ScrubberMark[]): string {
  if (current === undefined) return 'no probes yet';
  const passed = diverged.filter((d) => d.step <= current);
  const notes = passed.map((d) => `; ${d.label ?? d.name} diverged at step ${formatStep(d.step)}`);
  return `step ${formatStep(current)}${live ? ' (live)' : ''}${notes.join('')}`;
}

export function TimelineScrubber(props: TimelineScrubberProps) {
  const { steps, value, onChange, width, diverged = [], label = 'Timeline', presenter = false } = props;
  const sizes = chartSizes(presenter);
  const { fontSize } = sizes;
  const last = steps.length - 1;
  const index = value === null ? last : nearestIndex(steps, value);
  const current = index >= 0 ? steps[index] : undefined;
  const go = (i: number) => {
    if (i >= 0 && i <= last && (value === null || steps[i] !== value)) onChange(steps[i]);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = index < 0 ? undefined : keyTarget(event.key, index, last);
    if (target === undefined) return;
    event.preventDefault();
    event.stopPropagation(); // the page's own → and space shortcuts must not fire too
    go(target);
  };
  const rowStyle = {
    display: 'flex',
    alignItems: 'center',
    gap: fontSize / 2,
    width,
    fontFamily: FONT_FAMILY,
    fontSize,
  } as const;
  return (
    <div style={{ ...rowStyle, fontVariantNumeric: 'tabular-nums' }}>
      <div
        role="slider"
        tabIndex={0}
        aria-label={label}
        aria-valuemin={steps[0] ?? 0}
        aria-valuemax={steps[last] ?? 0}
        aria-valuenow={current ?? 0}
        aria-valuetext={valueText(current, value === null, diverged)}
        aria-disabled={steps.length === 0 || undefined}
        onKeyDown={onKeyDown}
        style={{ flex: 'none', outlineOffset: 2, touchAction: 'none', cursor: 'pointer' }}
      >
        <ScrubberTrack
          steps={steps}
          current={current}
          live={value === null}
          diverged={diverged}
          width={Math.max(width - fontSize * 6, fontSize * 4)}
          sizes={sizes}
          onPick={go}
        />
      </div>
      <button
        type="button"
        aria-pressed={value === null}
        onClick={() => onChange(null)}
        style={{ fontSize, fontFamily: 'inherit' }}
      >
        Live
      </button>
    </div>
  );
}

interface ScrubberTrackProps {
  readonly steps: readonly number[];
  readonly current: number | undefined;
  readonly live: boolean;
  readonly diverged: readonly ScrubberMark[];
  readonly width: number;
  readonly sizes: ChartSizes;
  /** the probe index nearest the pointer */
  readonly onPick: (index: number) => void;
}

/** The drawn track: probe ticks (thinned to one per 4 px), ✕ marks, the thumb; pointer down and drag pick a probe. */
function ScrubberTrack({ steps, current, live, diverged, width, sizes, onPick }: ScrubberTrackProps) {
  const dragging = useRef(false);
  const { fontSize, lineWidth } = sizes;
  const height = fontSize * 3.2;
  const pad = fontSize;
  const trackY = height * 0.6;
  const first = steps[0] ?? 0;
  const lastStep = steps[steps.length - 1] ?? 1;
  const x = d3
    .scaleLinear()
    .domain(lastStep > first ? [first, lastStep] : [first - 1, first + 1])
    .range([pad, width - pad]);
  const fromPointer = (event: PointerEvent<SVGSVGElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const scale = rect.width > 0 ? width / rect.width : 1;
    onPick(nearestIndex(steps, x.invert((event.clientX - rect.left) * scale)));
  };
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    dragging.current = true;
    const target = event.currentTarget;
    if (typeof target.setPointerCapture === 'function') target.setPointerCapture(event.pointerId);
    fromPointer(event);
  };
  const stop = () => {
    dragging.current = false;
  };
  const tickY = { y1: trackY - fontSize * 0.5, y2: trackY + fontSize * 0.5 };
  return (
    <svg
      aria-hidden="true"
      width={width}
      height={height}
      style={{ display: 'block' }}
      onPointerDown={onPointerDown}
      onPointerMove={(event) => dragging.current && fromPointer(event)}
      onPointerUp={stop}
      onPointerCancel={stop}
    >
      <line
        x1={pad}
        x2={width - pad}
        y1={trackY}
        y2={trackY}
        stroke={AXIS_COLOR}
        strokeWidth={lineWidth * 2}
        strokeLinecap="round"
      />
      {thinIndices(steps.length, Math.floor(width / 4)).map((i) => (
        <line
          key={steps[i]}
          data-probe-tick={steps[i]}
          x1={x(steps[i])}
          x2={x(steps[i])}
          {...tickY}
          stroke={AXIS_COLOR}
        />
      ))}
      {diverged.map((d) => (
        <g key={d.name} data-diverged={d.name} fill={textColorOf(d.color)} fontWeight={700} fontSize={fontSize * 1.3}>
          <title>{`${d.label ?? d.name} diverged at step ${formatStep(d.step)}`}</title>
          <text x={x(d.step)} y={trackY} dy="0.35em" textAnchor="middle">
            ✕
          </text>
        </g>
      ))}
      {current === undefined ? null : (
        <g data-thumb="" transform={`translate(${x(current)},${trackY})`}>
          <circle
            r={fontSize * 0.55}
            fill={live ? '#fff' : MARKER_COLOR}
            stroke={MARKER_COLOR}
            strokeWidth={lineWidth * 1.5}
          />
          <text y={-fontSize * 0.9} textAnchor={thumbAnchor(x(current), width, fontSize)} fill={sizes.textColor}>
            {formatStep(current)}
          </text>
        </g>
      )}
    </svg>
  );
}
