/** How many SGD updates the worker runs per tick while playing: slow motion up to as fast as it goes. */

import { useId } from 'react';
import { useLab } from '../store/use-lab.ts';

const SPEEDS = [
  { value: 1, label: '1 step/tick' },
  { value: 10, label: '10 steps/tick' },
  { value: 100, label: '100 steps/tick' },
  { value: 1000, label: 'max' },
] as const;

/** The listed speed nearest to the store's. */
function nearest(speed: number): number {
  return SPEEDS.reduce(
    (best, s) => (Math.abs(Math.log(s.value / speed)) < Math.abs(Math.log(best / speed)) ? s.value : best),
    1000,
  );
}

export function SpeedControl() {
  const id = useId();
  const speed = useLab((s) => s.speed);
  const setSpeed = useLab((s) => s.setSpeed);
  return (
    <div className="field field--inline">
      <label htmlFor={id} className="top-bar__field-label">
        Speed
      </label>
      <select id={id} value={nearest(speed)} onChange={(event) => setSpeed(Number(event.target.value))}>
        {SPEEDS.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </select>
    </div>
  );
}
