/** The learning-rate scale of the controls: a log slider over 1e-3 … 100 and the [ ] keys' factor. */

const LR_RANGE = [1e-3, 100] as const;
/** Slider positions per decade. */
const LR_STEPS_PER_DECADE = 100;
/** The [ and ] keys move between quarter decades: … 0.562, 1, 1.78, 3.16 … */
const KEY_STEPS_PER_DECADE = 4;

/** Three significant digits, so links and read-outs show 0.178 rather than 0.17782794100389226. */
function roundLr(lr: number): number {
  return Number(lr.toPrecision(3));
}

function clampLr(lr: number): number {
  const [lo, hi] = LR_RANGE;
  return roundLr(Math.min(hi, Math.max(lo, lr)));
}

/** lr = lo · 10^(position / steps per decade) */
export function lrFromPosition(position: number): number {
  return clampLr(LR_RANGE[0] * 10 ** (position / LR_STEPS_PER_DECADE));
}

export function positionFromLr(lr: number): number {
  const [lo, hi] = LR_RANGE;
  const clamped = Math.min(hi, Math.max(lo, lr));
  return Math.round(Math.log10(clamped / lo) * LR_STEPS_PER_DECADE);
}

export const LR_MAX_POSITION = positionFromLr(LR_RANGE[1]);

/** The next quarter-decade rate above (+1) or below (−1); a rate between grid points moves to the nearest one that way. */
export function nudgeLr(lr: number, direction: 1 | -1): number {
  const q = Math.log10(lr) * KEY_STEPS_PER_DECADE;
  // rates are rounded to 3 digits, so a grid point may sit a hair off: allow 1 % of a step
  const next = direction > 0 ? Math.floor(q + 0.01) + 1 : Math.ceil(q - 0.01) - 1;
  return clampLr(10 ** (next / KEY_STEPS_PER_DECADE));
}
