/**
 * The keyboard map as a modal dialog, with where the keys work; Escape, the Close button or ? close it. Focus stays
 * inside while it is open and goes back to where it was on close.
 */

import { useRef } from 'react';
import { useLab } from '../store/use-lab.ts';
import { KEYMAP } from './keymap.ts';
import { useFocusTrap } from './use-focus-trap.ts';

export function HelpDialog() {
  const open = useLab((s) => s.helpOpen);
  const setHelpOpen = useLab((s) => s.setHelpOpen);
  const dialogRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useFocusTrap(dialogRef, open, closeRef);
  if (!open) return null;
  return (
    <div className="backdrop" onClick={() => setHelpOpen(false)}>
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-title"
        aria-describedby="help-scope"
        className="dialog"
        tabIndex={-1}
        onClick={(event) => event.stopPropagation()}
      >
        <h2 id="help-title">Keyboard shortcuts</h2>
        <p id="help-scope" className="hint">
          They work wherever focus is, except while typing in a field or choosing in a list; a focused slider keeps its
          arrow and Page keys, and a checkbox its space bar.
        </p>
        <dl className="keymap">
          {KEYMAP.map((binding) => (
            <div key={binding.action} className="keymap__row">
              <dt>
                {binding.keys.map((key) => (key === '…' ? <span key={key}> … </span> : <kbd key={key}>{key}</kbd>))}
              </dt>
              <dd>{binding.action}</dd>
            </div>
          ))}
        </dl>
        <button ref={closeRef} type="button" onClick={() => setHelpOpen(false)}>
          Close
        </button>
      </div>
    </div>
  );
}
