/**
 * The preset (scene) the run starts from: the lessons' scenes in order, then the other runs. A long name is cut
 * with an ellipsis, and shown whole on hover.
 */

import { useId } from 'react';
import { PRESETS, SCENE_NAMES } from '../lab/presets.ts';
import { configsEqual } from '../protocol/config-change.ts';
import { presetConfig } from '../store/default-config.ts';
import { isRunOf } from '../store/recorded-run.ts';
import { useLab } from '../store/use-lab.ts';
import { SCENE_TEXTS } from './lessons/scene-texts.ts';

/** The select's value while the config differs from its preset. */
const CUSTOM = 'custom';

/** Presets that are no scene of their own: the page's default (Figure 1 in full, as scene 1) and a quick toy. */
const OTHER_LABELS: Readonly<Record<string, string>> = {
  'paper-fig1': 'Figure 1: MNIST 3 × 100 sigmoid',
  'moons-quick': 'Two moons (quick)',
};

const OTHER_PRESETS = Object.keys(PRESETS).filter((name) => !SCENE_NAMES.includes(name));

export function presetLabel(name: string): string {
  const scene = SCENE_NAMES.indexOf(name);
  if (scene >= 0) return `${scene + 1}. ${SCENE_TEXTS[name].title}`;
  return OTHER_LABELS[name] ?? name;
}

function PresetOptions({ names }: { readonly names: readonly string[] }) {
  return names.map((name) => (
    <option key={name} value={name}>
      {presetLabel(name)}
    </option>
  ));
}

export function SceneSelect() {
  const id = useId();
  const presetName = useLab((s) => s.presetName);
  const loadPreset = useLab((s) => s.loadPreset);
  const preset = presetConfig(presetName);
  // a recording of the preset, probed as the CLI probes or cut short, is still that scene
  const custom = useLab(
    (s) => !preset || (!configsEqual(s.config, preset) && !(s.recording && isRunOf(s.config, presetName))),
  );
  const label = presetLabel(presetName);
  const shown = custom ? `Custom (from ${label})` : label;
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
        <optgroup label="Lessons">
          <PresetOptions names={SCENE_NAMES} />
        </optgroup>
        <optgroup label="Other runs">
          <PresetOptions names={OTHER_PRESETS} />
        </optgroup>
      </select>
    </div>
  );
}
