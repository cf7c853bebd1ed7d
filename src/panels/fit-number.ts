/** What a number field does with a typed number it cannot use as is: round it, clamp it into range, and say so. */

import { formatStep } from '../charts/format.ts';

interface FieldRule {
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}

interface Fitted {
  readonly value: number;
  /** what was changed and why, e.g. "Units per layer must be 2–1024; used 1024."; null when nothing was */
  readonly note: string | null;
}

/** 1024 and 0.001 as typed; 10000 and above grouped (10,000,000), as a range of seeds is unreadable otherwise. */
export function formatLimit(value: number): string {
  return Number.isInteger(value) && Math.abs(value) >= 10_000 ? formatStep(value) : String(value);
}

export function fitNumber(typed: number, rule: FieldRule): Fitted {
  const whole = rule.integer ? Math.round(typed) : typed;
  const value = Math.min(rule.max, Math.max(rule.min, whole));
  const used = `used ${formatLimit(value)}.`;
  if (value !== whole)
    return { value, note: `${rule.label} must be ${formatLimit(rule.min)}–${formatLimit(rule.max)}; ${used}` };
  if (whole !== typed) return { value, note: `${rule.label} must be a whole number; ${used}` };
  return { value, note: null };
}
