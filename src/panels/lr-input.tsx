/** An inline input for an exact learning rate: Enter applies, Escape cancels, leaving the field applies too. */

import { useRef, useState, type KeyboardEvent } from 'react';

export interface LrInputProps {
  readonly label: string;
  readonly initial: string;
  /** the note that explains a refused value, if any */
  readonly describedBy: string | undefined;
  /** true when the text was a rate and was used; false keeps the input open after Enter */
  readonly onApply: (text: string, fromKey: boolean) => boolean;
  readonly onCancel: () => void;
}

export function LrInput({ label, initial, describedBy, onApply, onCancel }: LrInputProps) {
  const [text, setText] = useState(initial);
  // Enter or Escape has closed the input; the blur that follows must not apply again
  const settled = useRef(false);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key !== 'Enter' && event.key !== 'Escape') return;
    // the page's shortcuts (Escape closes overlays) must not act on these too
    event.preventDefault();
    if (event.key === 'Escape') {
      settled.current = true;
      onCancel();
    } else if (onApply(text, true)) settled.current = true;
  };
  const onBlur = (): void => {
    if (settled.current) return;
    settled.current = true;
    onApply(text, false);
  };
  return (
    <input
      type="text"
      inputMode="decimal"
      className="field__exact"
      aria-label={label}
      aria-describedby={describedBy}
      aria-invalid={describedBy !== undefined}
      autoFocus
      value={text}
      onFocus={(event) => event.target.select()}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    />
  );
}
