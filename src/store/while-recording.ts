/** While a recording is on screen, what would train or change the run is refused, with a notice that says why. */

import type { LabState } from './lab-state.ts';

const NOTICE = 'A recording is on screen: press Continue training to train from it, or Back to my run.';

/** True, after showing the notice, while a recording is on screen; false (and nothing done) otherwise. */
export function refuseWhileRecording(get: () => LabState, set: (partial: Partial<LabState>) => void): boolean {
  if (!get().recording) return false;
  set({ notice: NOTICE });
  return true;
}
