/** One net in the sidebar's list: its line sample and name, its kind, its learning rate, and Remove. */

import { useId } from 'react';
import { LineSwatch } from '../charts/legend.tsx';
import type { NormKind } from '../protocol/config.ts';
import { useLab } from '../store/use-lab.ts';
import { KIND_OPTIONS } from './kind-options.ts';
import { LogSlider } from './log-slider.tsx';
import type { Side } from './use-sides.ts';

export interface NetEntryProps {
  readonly side: Side;
  /** the only net on screen: there must be one, so it cannot be removed */
  readonly only: boolean;
  readonly onRemove: (index: number) => void;
}

interface KindSelectProps {
  readonly name: string;
  readonly kind: NormKind;
  readonly onChange: (kind: NormKind) => void;
}

/** No visible label: the name heads the entry and the chosen option says what it is, which keeps four nets short. */
function KindSelect({ name, kind, onChange }: KindSelectProps) {
  return (
    <select
      className="net-entry__kind"
      aria-label={`Kind of ${name}`}
      value={kind}
      onChange={(event) => {
        const picked = KIND_OPTIONS.find((option) => option.value === event.target.value);
        if (picked) onChange(picked.value);
      }}
    >
      {KIND_OPTIONS.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

export function NetEntry({ side, only, onRemove }: NetEntryProps) {
  const setNetKind = useLab((s) => s.setNetKind);
  const setLearningRate = useLab((s) => s.setLearningRate);
  const nameId = useId();
  return (
    <li className="net-entry" aria-labelledby={nameId}>
      <div className="net-entry__head">
        <LineSwatch color={side.color} variant={side.variant} />
        <span id={nameId} className="net-entry__name" style={{ color: side.textColor }}>
          {side.name}
        </span>
        <button
          type="button"
          className="net-entry__remove"
          aria-label={`Remove ${side.name}`}
          disabled={only}
          onClick={() => onRemove(side.index)}
        >
          Remove
        </button>
      </div>
      <KindSelect name={side.name} kind={side.kind} onChange={(kind) => setNetKind(side.index, kind)} />
      <LogSlider
        label={`Learning rate of ${side.name}`}
        value={side.lr}
        color={side.textColor}
        onChange={(lr) => setLearningRate(lr, side.index)}
      />
    </li>
  );
}
