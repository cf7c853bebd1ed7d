/**
 * The lessons' measurement rows: the loaded scene's own row among the charts, and every other one under a collapsed
 * "Measurements", so any run can use them.
 */

import type { ComponentType } from 'react';
import { useLab } from '../store/use-lab.ts';
import { InferenceRow } from './inference-row.tsx';
import { RegularizerRow } from './regularizer-row.tsx';
import { ScaleRow } from './scale-row.tsx';
import type { Side } from './use-sides.ts';

type RowProps = { readonly sides: readonly Side[] };

/** Scene name → its row, in the lessons' order. */
const ROWS: readonly (readonly [string, ComponentType<RowProps>])[] = [
  ['scale-invariance', ScaleRow],
  ['inference', InferenceRow],
  ['regularizer', RegularizerRow],
];

/** The loaded scene's measurement row, or nothing for a scene without one. */
export function SceneMeasurement({ sides }: RowProps) {
  const presetName = useLab((s) => s.presetName);
  const Row = ROWS.find(([scene]) => scene === presetName)?.[1];
  return Row ? <Row sides={sides} /> : null;
}

/** Every measurement row but the loaded scene's, collapsed until asked for. */
export function MoreMeasurements({ sides }: RowProps) {
  const presetName = useLab((s) => s.presetName);
  const rows = ROWS.filter(([scene]) => scene !== presetName);
  return (
    <details className="measurements">
      <summary>Measurements</summary>
      {rows.map(([scene, Row]) => (
        <Row key={scene} sides={sides} />
      ))}
    </details>
  );
}
