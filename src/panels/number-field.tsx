/** A labelled number input that applies its value on Enter or when it loses focus, not at every keystroke. */

import { useId, useState, type KeyboardEvent } from 'react';
import { FieldNote } from './field-note.tsx';
import { fitNumber, formatLimit } from './fit-number.ts';

export interface NumberFieldProps {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  readonly step?: number;
  /** short text after the input, e.g. the range */
  readonly hint?: string;
  /** hears a value within [min, max]; false means it was refused (e.g. by the store), so the field keeps its value */
  readonly onCommit: (value: number) => boolean | void;
}

export function NumberField({ label, value, min, max, integer = false, step, hint, onCommit }: NumberFieldProps) {
  const id = useId();
  const noteId = useId();
  // what the user is typing; null shows the current value
  const [draft, setDraft] = useState<string | null>(null);
  // why the value used differs from the one typed; cleared by the next edit that is used as typed
  const [note, setNote] = useState<string | null>(null);
  const commit = (): void => {
    if (draft === null) return;
    setDraft(null);
    if (draft.trim() === '') return;
    const typed = Number(draft);
    if (Number.isNaN(typed)) {
      setNote(`${label} must be a number; kept ${formatLimit(value)}.`);
      return;
    }
    const fitted = fitNumber(typed, { label, min, max, integer });
    const applied = fitted.value === value || onCommit(fitted.value) !== false;
    setNote(applied ? fitted.note : null);
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
        aria-describedby={note ? noteId : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {hint ? <span className="field__hint">{hint}</span> : null}
      <FieldNote id={noteId} note={note} />
    </div>
  );
}
