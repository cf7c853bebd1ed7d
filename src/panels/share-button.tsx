/** ⇪ Share: opens the dialog with a link that replays the run to where it is now (share-dialog.tsx). */

import { useLab } from '../store/use-lab.ts';
import { Icon } from './icon.tsx';

export function ShareButton() {
  const setShareOpen = useLab((s) => s.setShareOpen);
  return (
    <button
      type="button"
      aria-haspopup="dialog"
      title="A link that replays this run to this step, with this view"
      onClick={() => setShareOpen(true)}
    >
      <Icon name="share" />
      <span className="top-bar__label">Share</span>
    </button>
  );
}
