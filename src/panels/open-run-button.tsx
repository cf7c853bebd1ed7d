/** "Open a run…" in the top bar (not in presenter mode, whose bar stays slim): opens the dialog of saved runs. */

import { useState } from 'react';
import { useLab } from '../store/use-lab.ts';
import { Icon } from './icon.tsx';
import { OpenRunDialog } from './open-run-dialog.tsx';

export function OpenRunButton() {
  const presenter = useLab((s) => s.presenter);
  const [open, setOpen] = useState(false);
  if (presenter) return null;
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        title="Open a saved or precomputed run"
        onClick={() => setOpen(true)}
      >
        <Icon name="open" />
        <span className="top-bar__label">Open a run…</span>
      </button>
      {open ? <OpenRunDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
