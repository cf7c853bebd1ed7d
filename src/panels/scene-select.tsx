/** The preset (scene) the run starts from; a long name is cut with an ellipsis, and shown whole on hover. */

import { useId } from 'react';
import { PRESETS } from '../lab/presets.ts';
import { configsEqual } from '../protocol/config-change.ts';
import { presetConfig } from '../store/default-config.ts';
import { useLab } from '../store/use-lab.ts';

/** The select's value while the config differs from its preset. */
const CUSTOM = 'custom';

const SCENE_LABELS: Readonly<Record<string, string>> = {
  'paper-fig1': 'Figure 1: MNIST 3 × 100 sigmoid',
  'moons-quick': 'Two moons (quick)',
};

export function SceneSelect() {
  const id = useId();
  const presetName = useLab((s) => s.presetName);
  const loadPreset = useLab((s) => s.loadPreset);
  const preset = presetConfig(presetName);
  const custom = useLab((s) => !preset || !configsEqual(s.config, preset));
  const presetLabel = SCENE_LABELS[presetName] ?? presetName;
  const shown = custom ? `Custom (from ${presetLabel})` : presetLabel;
  return (
    <div className="field field--inline top-bar__scene">
      <label htmlFor={id} className="top-bar__field-label">
        Scene
      </label>
      <select
        id={id}
        value={custom ? CUSTOM : presetName}
        title={shown}
        onChange={(event) => loadPreset(event.target.value)}
      >
        {custom && (
          <option value={CUSTOM} disabled>
            {shown}
          </option>
        )}
        {Object.keys(PRESETS).map((name) => (
          <option key={name} value={name}>
            {SCENE_LABELS[name] ?? name}
          </option>
        ))}
      </select>
    </div>
  );
}
