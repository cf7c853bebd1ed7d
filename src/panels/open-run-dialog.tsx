/**
 * "Open a run": a saved run from a file (the page's own export or `npm run lab -- --out`, plain or gzipped), or one
 * of the runs precomputed with the site, in the page's modal dialog.
 */

import { useRef, useState, type ChangeEvent } from 'react';
import { PRECOMPUTED_RUNS } from '../lab/presets.ts';
import { useLabStore } from '../store/use-lab.ts';
import { openRunFile } from './load-run.ts';
import { openPrecomputed, precomputedLabel, precomputedSteps } from './precomputed-runs.ts';
import { ModalDialog } from './modal-dialog.tsx';

export function OpenRunDialog({ onClose }: { readonly onClose: () => void }) {
  const store = useLabStore();
  const fileRef = useRef<HTMLInputElement>(null);
  const [opening, setOpening] = useState<string | null>(null);

  const open = (name: string, load: () => Promise<boolean>): void => {
    setOpening(name);
    // the dialog closes either way: the recording, or the notice saying what was wrong, is behind it
    void load().finally(onClose);
  };
  const onFile = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) open(file.name, () => openRunFile(store, file));
  };

  return (
    <ModalDialog title="Open a run" className="open-run" onClose={onClose} initialFocus={fileRef} ownKeys>
      <p className="hint">
        A run saved from this page or by <code>npm run lab -- --out</code>, as <code>.json</code> or{' '}
        <code>.json.gz</code>. You can also drop the file anywhere on the page.
      </p>
      <label className={opening ? 'button open-run__file is-disabled' : 'button open-run__file'}>
        Choose a file…
        <input
          ref={fileRef}
          type="file"
          className="visually-hidden"
          accept=".json,.gz,application/json,application/gzip"
          disabled={opening !== null}
          onChange={onFile}
        />
      </label>
      <h3>Precomputed runs</h3>
      <p className="hint">Trained ahead and shipped with the site: they open at once.</p>
      <ul className="open-run__list">
        {PRECOMPUTED_RUNS.map((name) => (
          <li key={name}>
            <button
              type="button"
              disabled={opening !== null}
              onClick={() => open(name, () => openPrecomputed(store, name))}
            >
              {precomputedLabel(name)} <span className="open-run__steps">({precomputedSteps(name)})</span>
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="hint">
        {opening ? `Opening ${opening}…` : ''}
      </p>
    </ModalDialog>
  );
}
