/** A scene's precomputed run, one click away for a lecturer who cannot wait for the training. */

import { useState } from 'react';
import { precomputedPath } from '../../lab/presets.ts';
import { useLab, useLabStore } from '../../store/use-lab.ts';
import { openPrecomputed, precomputedOfScene, precomputedSteps } from '../precomputed-runs.ts';

export function PrecomputedRunButton({ scene }: { readonly scene: string }) {
  const store = useLabStore();
  const name = precomputedOfScene(scene);
  const shown = useLab(
    (s) => name !== undefined && s.recording?.url === precomputedPath(name) && s.presetName === name,
  );
  const [loading, setLoading] = useState(false);
  if (name === undefined) return null;
  const load = (): void => {
    setLoading(true);
    void openPrecomputed(store, name).finally(() => setLoading(false));
  };
  return (
    <div className="lesson__precomputed">
      <button type="button" disabled={shown || loading} onClick={load} aria-describedby="lesson-precomputed-hint">
        {shown ? 'Precomputed run shown' : loading ? 'Loading the precomputed run…' : 'Load the precomputed run'}
      </button>
      <p id="lesson-precomputed-hint" className="hint">
        This scene trained to the end ({precomputedSteps(name)}), ready to scrub: no waiting.
      </p>
    </div>
  );
}
