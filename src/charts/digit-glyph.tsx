/** One digit of the sample strip as a small picture, for a control that names the digit in words. */

import type { SampleStrip } from '../protocol/messages.ts';
import { digitPaths } from './digit-strip.tsx';

export interface DigitGlyphProps {
  readonly strip: SampleStrip;
  /** the digit's index in the strip */
  readonly index: number;
  /** px */
  readonly size: number;
}

export function DigitGlyph({ strip, index, size }: DigitGlyphProps) {
  const { side } = strip;
  const paths = digitPaths(strip.pixels, index, side);
  return (
    <svg aria-hidden="true" width={size} height={size} viewBox={`0 0 ${side} ${side}`} shapeRendering="crispEdges">
      <rect width={side} height={side} fill="#fff" />
      {paths.map((d, level) =>
        d ? <path key={level} d={d} fill="#111" fillOpacity={(level + 1) / paths.length} /> : null,
      )}
    </svg>
  );
}
