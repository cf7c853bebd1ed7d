/** Batch norm on or off for each side (default: left plain, right BN). */

import { useLab } from '../store/use-lab.ts';
import { useSides } from './use-sides.ts';

export function SideSettings() {
  const toggleBn = useLab((s) => s.toggleBn);
  const sides = useSides();
  return (
    <fieldset className="settings-group">
      <legend>Sides</legend>
      {sides.map((side) => (
        <label key={side.index} className="check">
          <input type="checkbox" checked={side.bn} onChange={() => toggleBn(side.index)} />
          Batch norm on the {side.position} side
          <span className="swatch" style={{ background: side.color }} aria-hidden="true" />
        </label>
      ))}
      <p className="hint">Toggling BN restarts both sides from the same shared initial weights (key B: right side).</p>
    </fieldset>
  );
}
