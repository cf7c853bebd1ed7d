/**
 * A QR code drawn as SVG from uqr's module matrix: black modules on white, with the standard's quiet zone of four
 * modules on every side, crisp edges, and as few modules as the text allows (the error correction is raised only
 * where that costs no extra modules), so that each module is as large as the screen allows.
 */

import { useMemo } from 'react';
import { encode } from 'uqr';

/** White modules around the code, as the QR standard asks, so that a reader finds its edge. */
const QUIET_ZONE = 4;

/** One path for the dark modules: each row's runs of them as rectangles, `M x y h n v 1 h -n z`. */
function modulesPath(rows: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length;) {
      if (!row[x]) {
        x++;
        continue;
      }
      let end = x;
      while (end < row.length && row[end]) end++;
      parts.push(`M${x} ${y}h${end - x}v1h-${end - x}z`);
      x = end;
    }
  });
  return parts.join('');
}

export function QrCode({ text, label }: { readonly text: string; readonly label: string }) {
  const { size, data } = useMemo(() => encode(text, { ecc: 'L', boostEcc: true, border: 0 }), [text]);
  const side = size + 2 * QUIET_ZONE;
  return (
    <svg
      className="qr"
      role="img"
      aria-label={label}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`}
      shapeRendering="crispEdges"
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={side} height={side} fill="#fff" />
      <path d={modulesPath(data)} fill="#000" />
    </svg>
  );
}
