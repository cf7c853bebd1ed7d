/** A learning-rate slider on the 1-2-3-5 ladder, applied live as it moves; a click on the read-out types an exact rate. */

import { useEffect, useId, useRef, useState } from 'react';
import { LIMITS } from '../protocol/validate-config.ts';
import { FieldNote } from './field-note.tsx';
import { LR_MAX_POSITION, formatLr, lrFromPosition, parseLr, positionFromLr } from './learning-rate.ts';
import { LrInput } from './lr-input.tsx';

export interface LogSliderProps {
  readonly label: string;
  readonly value: number;
  readonly onChange: (lr: number) => void;
  /** a colour swatch, e.g. the side's net colour */
  readonly color?: string;
}

const RANGE_TEXT = `${formatLr(LIMITS.lr[0])} to ${formatLr(LIMITS.lr[1])}`;

export function LogSlider({ label, value, onChange, color }: LogSliderProps) {
  const id = useId();
  const noteId = useId();
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const readout = useRef<HTMLButtonElement>(null);
  // Enter or Escape in the input hands focus back to the read-out; a blur leaves it where the user put it
  const refocus = useRef(false);
  useEffect(() => {
    if (editing || !refocus.current) return;
    refocus.current = false;
    readout.current?.focus();
  }, [editing]);

  const close = (fromKey: boolean): void => {
    refocus.current = fromKey;
    setEditing(false);
  };
  const apply = (text: string, fromKey: boolean): boolean => {
    const lr = parseLr(text);
    if (lr === null) {
      setNote(`${label} must be a number from ${RANGE_TEXT}; kept ${formatLr(value)}.`);
      if (!fromKey) close(false);
      return false;
    }
    setNote(null);
    close(fromKey);
    if (lr !== value) onChange(lr);
    return true;
  };
  const describedBy = note ? noteId : undefined;
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
          aria-valuetext={formatLr(value)}
          aria-describedby={describedBy}
          onChange={(event) => {
            setNote(null);
            onChange(lrFromPosition(Number(event.target.value)));
          }}
          style={color ? { accentColor: color } : undefined}
        />
        {editing ? (
          <LrInput
            label={`${label}, exact value`}
            initial={formatLr(value)}
            describedBy={describedBy}
            onApply={apply}
            onCancel={() => {
              setNote(null);
              close(true);
            }}
          />
        ) : (
          <button
            ref={readout}
            type="button"
            className="field__value"
            aria-label={`${label} ${formatLr(value)}: type an exact value`}
            title="Type an exact value"
            onClick={() => setEditing(true)}
          >
            {formatLr(value)}
          </button>
        )}
      </div>
      <FieldNote id={noteId} note={note} />
    </div>
  );
}
