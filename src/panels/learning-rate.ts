/** The learning-rate scale of the controls: a 1-2-3-5 ladder per decade over 1e-3 … 100, for the slider and the [ ] keys. */

import { LIMITS } from '../protocol/validate-config.ts';

/** The ladder's first and last decade: 0.001 … 50, then 100 closes it. */
const DECADES = [-3, 1] as const;
const MANTISSAS = [1, 2, 3, 5] as const;
/** Rates within this relative distance of a rung sit on it (a link may carry 0.30000000000000004). */
const ON_RUNG = 1e-9;

/** … 0.1, 0.2, 0.3, 0.5, 1, 2, 3, 5, 10 …, ascending, within the lr limits of the contract. */
function buildLadder(): readonly number[] {
  const rungs: number[] = [];
  // parsed from text, so 0.3 is the double nearest 0.3 rather than 3 × 0.1
  for (let d = DECADES[0]; d <= DECADES[1]; d++) for (const m of MANTISSAS) rungs.push(Number(`${m}e${d}`));
  rungs.push(Number(`1e${DECADES[1] + 1}`));
  return rungs.filter((lr) => lr >= LIMITS.lr[0] && lr <= LIMITS.lr[1]);
}

const LADDER = buildLadder();

export const LR_MAX_POSITION = LADDER.length - 1;

/** The rung at a slider position (0 … LR_MAX_POSITION). */
export function lrFromPosition(position: number): number {
  const index = Math.min(LR_MAX_POSITION, Math.max(0, Math.round(position)));
  return LADDER[index];
}

/** The position of the rung nearest lr on the log scale; rates beyond the ends sit at the ends. */
export function positionFromLr(lr: number): number {
  const distance = (rung: number): number => Math.abs(Math.log10(lr / rung));
  let best = 0;
  for (let i = 1; i < LADDER.length; i++) if (distance(LADDER[i]) < distance(LADDER[best])) best = i;
  return best;
}

/** The next rung above (+1) or below (−1); a rate between rungs goes to the next one that way, and the ends stay put. */
export function nudgeLr(lr: number, direction: 1 | -1): number {
  if (direction > 0) return LADDER.find((rung) => rung > lr * (1 + ON_RUNG)) ?? lr;
  return LADDER.findLast((rung) => rung < lr * (1 - ON_RUNG)) ?? lr;
}

/** Up to six significant digits, so an exact typed rate such as 0.07 reads back as typed. */
export function formatLr(lr: number): string {
  return String(Number(lr.toPrecision(6)));
}

/** A typed rate, or null when it is not a number within the contract's lr limits. */
export function parseLr(text: string): number | null {
  const lr = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(lr)) return null;
  return lr >= LIMITS.lr[0] && lr <= LIMITS.lr[1] ? lr : null;
}
