/** A learning-rate slider on a log scale (1e-3 … 100), applied live as it moves, with the value shown. */

import { useId } from 'react';
import { formatNumber } from '../charts/format.ts';
import { LR_MAX_POSITION, lrFromPosition, positionFromLr } from './learning-rate.ts';

export interface LogSliderProps {
  readonly label: string;
  readonly value: number;
  readonly onChange: (lr: number) => void;
  /** a colour swatch, e.g. the side's net colour */
  readonly color?: string;
}

export function LogSlider({ label, value, onChange, color }: LogSliderProps) {
  const id = useId();
  return (
    <div className="field field--slider">
      <label htmlFor={id} style={color ? { color } : undefined}>
        {label}
      </label>
      <div className="field__row">
        <input
          id={id}
          type="range"
          min={0}
          max={LR_MAX_POSITION}
          step={1}
          value={positionFromLr(value)}
          aria-valuetext={formatNumber(value)}
          onChange={(event) => onChange(lrFromPosition(Number(event.target.value)))}
          style={color ? { accentColor: color } : undefined}
        />
        <output htmlFor={id} className="field__value">
          {formatNumber(value)}
        </output>
      </div>
    </div>
  );
}
