/** The learning rate: one ladder slider for both sides, or one per side when unlinked. Applied live, no restart. */

import { useLab } from '../store/use-lab.ts';
import { LogSlider } from './log-slider.tsx';
import { useSides } from './use-sides.ts';

export function LearningRateSettings() {
  const linked = useLab((s) => s.lrLinked);
  const sharedLr = useLab((s) => s.config.lr);
  const setLearningRate = useLab((s) => s.setLearningRate);
  const setLinked = useLab((s) => s.setLinked);
  const sides = useSides();
  return (
    <fieldset className="settings-group">
      <legend>Learning rate</legend>
      {linked ? (
        <LogSlider label="Learning rate" value={sharedLr} onChange={(lr) => setLearningRate(lr)} />
      ) : (
        sides.map((side) => (
          <LogSlider
            key={side.index}
            label={`Learning rate (${side.position}: ${side.name})`}
            value={side.lr}
            color={side.color}
            onChange={(lr) => setLearningRate(lr, side.index)}
          />
        ))
      )}
      <label className="check">
        <input type="checkbox" checked={linked} onChange={(event) => setLinked(event.target.checked)} />
        Same learning rate on both sides
      </label>
      <p className="hint">
        Applies live, without a restart. The slider and keys [ ] step along 1, 2, 3, 5 per decade; click the value to
        type an exact rate.
      </p>
    </fieldset>
  );
}
