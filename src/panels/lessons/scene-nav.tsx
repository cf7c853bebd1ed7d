/** Previous / Next scene, as PageUp / PageDown do; each button names the scene it goes to on hover. */

import { useLab } from '../../store/use-lab.ts';
import { SCENE_TEXTS } from './scene-texts.ts';
import { neighbourScene } from './scene-order.ts';

function SceneButton({ direction }: { readonly direction: 1 | -1 }) {
  const presetName = useLab((s) => s.presetName);
  const loadPreset = useLab((s) => s.loadPreset);
  const target = neighbourScene(presetName, direction);
  const [word, key] = direction === 1 ? ['Next scene', 'PageDown'] : ['Previous scene', 'PageUp'];
  return (
    <button
      type="button"
      disabled={target === undefined}
      aria-keyshortcuts={key}
      title={target === undefined ? undefined : `${SCENE_TEXTS[target].title} (${key})`}
      onClick={() => target !== undefined && loadPreset(target)}
    >
      {direction === -1 && <span aria-hidden="true">‹ </span>}
      {word}
      {direction === 1 && <span aria-hidden="true"> ›</span>}
    </button>
  );
}

export function SceneNav() {
  return (
    <nav className="lesson__nav" aria-label="Scenes">
      <SceneButton direction={-1} />
      <SceneButton direction={1} />
    </nav>
  );
}
