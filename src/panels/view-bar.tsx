/** Which hidden layer (keys 1–9) and unit the per-side distribution and percentile charts show. */

import { useId } from 'react';
import { useLab } from '../store/use-lab.ts';
import { NumberField } from './number-field.tsx';

export function ViewBar() {
  const labelId = useId();
  const hidden = useLab((s) => s.config.hidden);
  const layer = useLab((s) => s.selectedLayer);
  const unit = useLab((s) => s.selectedUnit);
  const selectLayer = useLab((s) => s.selectLayer);
  const selectUnit = useLab((s) => s.selectUnit);
  const width = hidden[layer] ?? 1;
  return (
    <div className="view-bar">
      <div role="group" aria-labelledby={labelId} className="segmented">
        <span id={labelId} className="segmented__label">
          Hidden layer
        </span>
        {hidden.map((_, l) => (
          <button
            key={l}
            type="button"
            aria-pressed={l === layer}
            // the name starts with the visible text, so speech input ("click L2") finds it
            aria-label={`L${l + 1}, hidden layer ${l + 1}`}
            aria-keyshortcuts={l < 9 ? String(l + 1) : undefined}
            onClick={() => selectLayer(l)}
          >
            {`L${l + 1}`}
          </button>
        ))}
      </div>
      <NumberField
        label="Unit"
        value={unit + 1}
        min={1}
        max={width}
        integer
        hint={`of ${width}`}
        onCommit={(value) => selectUnit(value - 1)}
      />
      <span className="view-bar__hint">
        for the distributions, Figure 1(b,c), shift and ICS below · keys 1–9 pick a layer
      </span>
    </div>
  );
}
