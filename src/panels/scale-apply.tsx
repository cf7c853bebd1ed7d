/** The scale scene's Apply: W of the chosen layer × a factor, from the step the run is paused at. */

import { useState } from 'react';
import { useLab } from '../store/use-lab.ts';
import { SelectField } from './select-field.tsx';

const FACTORS = ['0.1', '0.5', '2', '10'] as const;
type Factor = (typeof FACTORS)[number];
const OPTIONS = FACTORS.map((value) => ({ value, label: `×${value}` }));

export interface ScaleApplyProps {
  /** 1-based hidden layer */
  readonly layer: number;
  /** hears a successful Apply */
  readonly onApplied: () => void;
}

export function ScaleApply({ layer, onApplied }: ScaleApplyProps) {
  const running = useLab((s) => s.status.running);
  const ready = useLab((s) => s.ready);
  const applyScale = useLab((s) => s.applyScale);
  const [factor, setFactor] = useState<Factor>('2');
  const why = !ready
    ? 'The nets are being built.'
    : running
      ? 'Pause first: Apply scales W at the step the run is paused at.'
      : null;
  return (
    <div className="measure__apply">
      <SelectField label="Factor" value={factor} options={OPTIONS} onChange={setFactor} />
      <button
        type="button"
        disabled={why !== null}
        onClick={() => {
          if (applyScale(layer, Number(factor))) onApplied();
        }}
      >
        {`Apply ×${factor} to W of layer ${layer}`}
      </button>
      {why ? <span className="measure__why">{why}</span> : null}
      <p className="measure__note">
        {"Recorded in the link and replayed: a replay scales W (and BN's running statistics) at the same step."}
      </p>
    </div>
  );
}
