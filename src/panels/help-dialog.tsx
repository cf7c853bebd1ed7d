/** The keyboard map as a modal dialog, with where the keys work; Escape, the Close button or ? close it. */

import { useLab } from '../store/use-lab.ts';
import { KEYMAP } from './keymap.ts';
import { ModalDialog } from './modal-dialog.tsx';

export function HelpDialog() {
  const open = useLab((s) => s.helpOpen);
  const setHelpOpen = useLab((s) => s.setHelpOpen);
  if (!open) return null;
  return (
    <ModalDialog title="Keyboard shortcuts" describedBy="help-scope" onClose={() => setHelpOpen(false)}>
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
    </ModalDialog>
  );
}
