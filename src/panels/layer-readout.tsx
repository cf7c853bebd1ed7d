/** Saturation and mean σ′ per layer at the shown probe, as a small table under the saturation chart. */

import { formatNumber, formatPercent, formatStep } from '../charts/format.ts';
import type { ProbeRecord } from '../protocol/history.ts';

export interface LayerReadoutProps {
  readonly net: string;
  readonly record: ProbeRecord | undefined;
  /** the layer colours, L1 first */
  readonly colors: readonly string[];
}

export function LayerReadout({ net, record, colors }: LayerReadoutProps) {
  if (!record) return null;
  return (
    <table
      className="layer-readout"
      aria-label={`${net}: saturation and mean σ′ per layer at step ${formatStep(record.step)}`}
    >
      <thead>
        <tr>
          <th scope="col">layer</th>
          <th scope="col">saturated</th>
          <th scope="col">mean σ′</th>
        </tr>
      </thead>
      <tbody>
        {record.layers.map((layer, l) => (
          <tr key={l}>
            <th scope="row" style={{ color: colors[l] }}>{`L${l + 1}`}</th>
            <td>{formatPercent(layer.saturation)}</td>
            <td>{formatNumber(layer.meanDerivative)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
