/** Saturated (or dead) share and mean f′ per layer at the shown probe, as a small table under the saturation chart. */

import type { ActivationWords } from '../charts/activation-words.ts';
import { formatNumber, formatPercent, formatStep } from '../charts/format.ts';
import { textColorOf } from '../charts/theme.ts';
import type { ProbeRecord } from '../protocol/history.ts';

export interface LayerReadoutProps {
  readonly net: string;
  readonly record: ProbeRecord | undefined;
  /** the layer line colours, L1 first (the labels use a darker shade that reads as text) */
  readonly colors: readonly string[];
  /** how the nonlinearity, its derivative and its flat zones are called */
  readonly words: ActivationWords;
}

export function LayerReadout({ net, record, colors, words }: LayerReadoutProps) {
  if (!record) return null;
  const { zone, derivative } = words;
  const share = zone === 'dead' ? 'dead units' : 'saturation';
  return (
    <table
      className="layer-readout"
      aria-label={`${net}: ${share} and mean ${derivative} per layer at step ${formatStep(record.step)}`}
    >
      <thead>
        <tr>
          <th scope="col">layer</th>
          <th scope="col">{zone}</th>
          <th scope="col">{`mean ${derivative}`}</th>
        </tr>
      </thead>
      <tbody>
        {record.layers.map((layer, l) => (
          <tr key={l}>
            <th scope="row" style={{ color: textColorOf(colors[l] ?? '#222222') }}>{`L${l + 1}`}</th>
            <td>{formatPercent(layer.saturation)}</td>
            <td>{formatNumber(layer.meanDerivative)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
