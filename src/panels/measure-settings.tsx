/** The critique's measurements (Santurkar et al. 2018), taken at every probe of every net when on; they apply live. */

import { useId } from 'react';
import type { MeasureFlags } from '../protocol/config.ts';
import { useLab } from '../store/use-lab.ts';

interface MeasureOption {
  readonly name: keyof MeasureFlags;
  readonly label: string;
  /** what it costs at each probe */
  readonly cost: string;
}

const OPTIONS: readonly MeasureOption[] = [
  { name: 'shift', label: 'Distribution shift', cost: 'one forward pass on a batch per probe' },
  { name: 'ics', label: 'Gradient ICS', cost: 'one gradient pass per hidden layer per probe' },
  { name: 'landscape', label: 'Loss landscape', cost: 'five gradient passes per probe' },
];

export function MeasureSettings() {
  const measure = useLab((s) => s.config.measure);
  const setMeasure = useLab((s) => s.setMeasure);
  const id = useId();
  return (
    <fieldset className="settings-group">
      <legend>Measurements</legend>
      {OPTIONS.map(({ name, label, cost }) => (
        <div key={name}>
          <label className="check">
            <input
              type="checkbox"
              checked={measure?.[name] ?? false}
              aria-describedby={`${id}-${name}`}
              onChange={(event) => setMeasure(name, event.target.checked)}
            />
            {label}
          </label>
          <p className="hint" id={`${id}-${name}`}>
            Costs {cost}.
          </p>
        </div>
      ))}
      <p className="hint">Santurkar et al.&apos;s tests of the covariate-shift story; they apply live.</p>
    </fieldset>
  );
}
