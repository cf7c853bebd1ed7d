/**
 * The learning rate: one ladder slider for every net, or, when unlinked, each net's own in the list of nets.
 * Applied live, no restart.
 */

import { selectSharedLr } from '../store/selectors.ts';
import { useLab } from '../store/use-lab.ts';
import { LogSlider } from './log-slider.tsx';

export function LearningRateSettings() {
  const linked = useLab((s) => s.lrLinked);
  const sharedLr = useLab(selectSharedLr);
  const setLearningRate = useLab((s) => s.setLearningRate);
  const setLinked = useLab((s) => s.setLinked);
  return (
    <fieldset className="settings-group">
      <legend>Learning rate</legend>
      {linked ? (
        <LogSlider label="Learning rate" value={sharedLr} onChange={(lr) => setLearningRate(lr)} />
      ) : (
        <p className="hint">Each net trains at its own rate: set it in the list of nets.</p>
      )}
      <label className="check">
        <input type="checkbox" checked={linked} onChange={(event) => setLinked(event.target.checked)} />
        Same learning rate for every net
      </label>
      <p className="hint">
        Applies live, without a restart. The slider and keys [ ] step along 1, 2, 3, 5 per decade; click the value to
        type an exact rate.
      </p>
    </fieldset>
  );
}
