/** A strip of test digits with each net's current prediction under it; wrong predictions are marked ✕ in the net's colour. */

import { memo, useId } from 'react';
import type { SampleStrip } from '../protocol/messages.ts';
import { VISUALLY_HIDDEN } from './chart-frame.tsx';
import { summarizeDigitStrip } from './chart-summaries.ts';
import { FONT_FAMILY, MUTED_TEXT_COLOR, chartSizes, textColorOf, tintOf } from './theme.ts';

export interface NetPredictions {
  readonly name: string;
  /** row header and accessible text; defaults to name */
  readonly label?: string;
  readonly color: string;
  /** predicted class per strip sample; null before the first probe */
  readonly predictions: Uint8Array | null;
}

export interface DigitStripProps {
  readonly strip: SampleStrip;
  readonly nets: readonly NetPredictions[];
  /** show at most this many digits; default all */
  readonly max?: number;
  /** px per digit image; default 36 (72 in presenter mode) */
  readonly cellSize?: number;
  readonly title?: string;
  readonly presenter?: boolean;
}

/** Grey levels the ink is quantised to: one <path> per level keeps a digit to a handful of elements. */
const INK_LEVELS = 4;

/** One path per ink level, unit squares for the non-zero pixels of digit `index`. */
export function digitPaths(pixels: Uint8Array, index: number, side: number): string[] {
  const paths = Array.from({ length: INK_LEVELS }, () => '');
  const offset = index * side * side;
  for (let i = 0; i < side * side; i++) {
    const v = pixels[offset + i];
    if (!v) continue;
    const level = Math.min(INK_LEVELS - 1, Math.floor((v / 256) * INK_LEVELS));
    paths[level] += `M${i % side} ${Math.floor(i / side)}h1v1h-1z`;
  }
  return paths;
}

/** "digit 7: plain predicts 7, bn predicts 1 (wrong)" */
function describeDigit(label: number, index: number, nets: readonly NetPredictions[]): string {
  const parts = nets.map((n) => {
    const p = n.predictions?.[index];
    const name = n.label ?? n.name;
    return p === undefined ? `${name} has no prediction yet` : `${name} predicts ${p}${p === label ? '' : ' (wrong)'}`;
  });
  return `digit ${label}: ${parts.join(', ')}`;
}

function DigitStripView(props: DigitStripProps) {
  const { strip, nets, max, cellSize, title = 'Test digits and predictions', presenter = false } = props;
  const summaryId = useId();
  const sizes = chartSizes(presenter);
  const cell = cellSize ?? (presenter ? 72 : 36);
  const count = Math.min(strip.count, max ?? strip.count);
  const style = {
    fontFamily: FONT_FAMILY,
    fontSize: sizes.fontSize,
    fontVariantNumeric: 'tabular-nums',
    color: sizes.textColor,
  } as const;
  if (strip.side === 0 || count === 0) {
    return (
      <p role="note" aria-label={title} style={{ ...style, color: MUTED_TEXT_COLOR, margin: 0 }}>
        No digit images: this data set is not made of images.
      </p>
    );
  }
  const indices = Array.from({ length: count }, (_, i) => i);
  const summary = summarizeDigitStrip(
    strip.labels,
    count,
    nets.map((net) => ({ label: net.label ?? net.name, predictions: net.predictions })),
  );
  return (
    <figure aria-label={title} aria-describedby={summaryId} style={{ ...style, margin: 0 }}>
      <p id={summaryId} style={VISUALLY_HIDDEN}>
        {summary}
      </p>
      <div
        role="list"
        style={{
          display: 'grid',
          gridTemplateColumns: `auto repeat(${count}, ${cell}px)`,
          justifyContent: 'start',
          alignItems: 'center',
          columnGap: 4,
          rowGap: 2,
        }}
      >
        <span aria-hidden="true" />
        {indices.map((i) => (
          <div role="listitem" key={i} style={{ display: 'contents' }}>
            <DigitImage strip={strip} index={i} size={cell} label={describeDigit(strip.labels[i], i, nets)} />
          </div>
        ))}
        {nets.map((net) => (
          <PredictionRow key={net.name} net={net} labels={strip.labels} indices={indices} />
        ))}
      </div>
    </figure>
  );
}

function DigitImage({ strip, index, size, label }: { strip: SampleStrip; index: number; size: number; label: string }) {
  const { side } = strip;
  return (
    <svg
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${side} ${side}`}
      shapeRendering="crispEdges"
    >
      <rect width={side} height={side} fill="#fff" stroke="#ccc" strokeWidth={side / 40} />
      {digitPaths(strip.pixels, index, side).map((d, level) =>
        d ? <path key={level} d={d} fill="#111" fillOpacity={(level + 1) / INK_LEVELS} /> : null,
      )}
    </svg>
  );
}

function PredictionRow({
  net,
  labels,
  indices,
}: {
  net: NetPredictions;
  labels: Uint8Array;
  indices: readonly number[];
}) {
  const text = textColorOf(net.color);
  // a wrong prediction: the net's hue on a wash of it, dark enough to read on the wash
  const wash = tintOf(net.color);
  const wrongText = textColorOf(net.color, wash);
  return (
    <>
      <span aria-hidden="true" style={{ color: text, fontWeight: 600, paddingRight: 4, whiteSpace: 'nowrap' }}>
        {net.label ?? net.name}
      </span>
      {indices.map((i) => {
        const p = net.predictions?.[i];
        const wrong = p !== undefined && p !== labels[i];
        return (
          <span
            key={i}
            aria-hidden="true"
            data-prediction={net.name}
            data-wrong={wrong || undefined}
            style={{
              textAlign: 'center',
              color: wrong ? wrongText : MUTED_TEXT_COLOR,
              fontWeight: wrong ? 700 : 400,
              background: wrong ? wash : undefined,
              borderRadius: 3,
            }}
          >
            {p === undefined ? '–' : wrong ? `✕${p}` : p}
          </span>
        );
      })}
    </>
  );
}

/** Memoised: an unchanged chart is skipped when its row re-renders for something else (a status, a hover). */
export const DigitStrip = memo(DigitStripView);
