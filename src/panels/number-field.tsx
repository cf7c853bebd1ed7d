/** A labelled number input that applies its value on Enter or when it loses focus, not at every keystroke. */

import { useId, useState, type KeyboardEvent } from 'react';

export interface NumberFieldProps {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  readonly step?: number;
  /** short text after the input, e.g. the range */
  readonly hint?: string;
  /** hears a valid value, clamped into [min, max] */
  readonly onCommit: (value: number) => void;
}

export function NumberField({ label, value, min, max, integer = false, step, hint, onCommit }: NumberFieldProps) {
  const id = useId();
  // what the user is typing; null shows the current value
  const [draft, setDraft] = useState<string | null>(null);
  const commit = (): void => {
    if (draft === null) return;
    const parsed = Number(draft);
    setDraft(null);
    if (draft.trim() === '' || !Number.isFinite(parsed)) return;
    const whole = integer ? Math.round(parsed) : parsed;
    const clamped = Math.min(max, Math.max(min, whole));
    if (clamped !== value) onCommit(clamped);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') commit();
    else if (event.key === 'Escape') setDraft(null);
  };
  return (
    <div className="field field--number">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode={integer ? 'numeric' : 'decimal'}
        min={min}
        max={max}
        step={step ?? (integer ? 1 : 'any')}
        value={draft ?? String(value)}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {hint ? <span className="field__hint">{hint}</span> : null}
    </div>
  );
}
