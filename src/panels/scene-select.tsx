/** The preset (scene) the run starts from. */

import { useId } from 'react';
import { PRESETS } from '../lab/presets.ts';
import { useLab } from '../store/use-lab.ts';

const SCENE_LABELS: Readonly<Record<string, string>> = {
  'paper-fig1': 'Figure 1: MNIST 3 × 100 sigmoid',
  'moons-quick': 'Two moons (quick)',
};

export function SceneSelect() {
  const id = useId();
  const presetName = useLab((s) => s.presetName);
  const loadPreset = useLab((s) => s.loadPreset);
  return (
    <div className="field field--inline">
      <label htmlFor={id}>Scene</label>
      <select id={id} value={presetName} onChange={(event) => loadPreset(event.target.value)}>
        {Object.keys(PRESETS).map((name) => (
          <option key={name} value={name}>
            {SCENE_LABELS[name] ?? name}
          </option>
        ))}
      </select>
    </div>
  );
}
