/**
 * What presenter mode keeps of the settings, in its slim bar: the learning rate (the shared slider, or each net's
 * own when they differ) and the switch that `b` flips, batch norm on or off in the right-most net.
 */

import { selectSharedLr } from '../store/selectors.ts';
import { useLab } from '../store/use-lab.ts';
import { LogSlider } from './log-slider.tsx';
import { useSides } from './use-sides.ts';

function PresenterLearningRate() {
  const linked = useLab((s) => s.lrLinked);
  const sharedLr = useLab(selectSharedLr);
  const setLearningRate = useLab((s) => s.setLearningRate);
  const sides = useSides();
  if (linked) return <LogSlider label="Learning rate" value={sharedLr} onChange={(lr) => setLearningRate(lr)} />;
  return (
    <>
      {sides.map((side) => (
        <LogSlider
          key={side.index}
          label={`Learning rate of ${side.name}`}
          value={side.lr}
          color={side.textColor}
          onChange={(lr) => setLearningRate(lr, side.index)}
        />
      ))}
    </>
  );
}

/** The `b` key as a switch: on while the right-most net is BN; either way the nets restart from shared weights. */
function BnSwitch() {
  const nets = useLab((s) => s.config.nets);
  const toggleBn = useLab((s) => s.toggleBn);
  const last = nets.length - 1;
  const on = nets[last]?.norm === 'bn';
  return (
    <button
      type="button"
      role="switch"
      className="switch"
      aria-checked={on}
      aria-keyshortcuts="B"
      title="Batch norm on / off in the right-most net (B): the run restarts"
      onClick={() => toggleBn(last)}
    >
      <span className="switch__track" aria-hidden="true">
        <span className="switch__thumb" />
      </span>
      {nets.length > 1 ? 'BN in the right net' : 'BN in the net'}
    </button>
  );
}

export function PresenterControls() {
  return (
    <div className="presenter-controls" role="group" aria-label="Presenter controls">
      <PresenterLearningRate />
      <BnSwitch />
    </div>
  );
}
