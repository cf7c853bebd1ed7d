/** How the benches print: aligned tables, numbers, the machine they ran on, and targets marked ✓ or ✗. */

import { writeFileSync } from 'node:fs';
import { cpus, platform, arch, totalmem } from 'node:os';

/** 1234.5 → "1,235", 12.34 → "12.3", 0.1234 → "0.123", 3 → "3": about three significant digits, no exponents. */
export function num(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Milliseconds as ms below 10 s, else as seconds. */
export function duration(ms: number): string {
  return ms < 10_000 ? `${num(ms)} ms` : `${num(ms / 1000)} s`;
}

/**
 * Columns padded to their widest cell, two-space indent. `align` has an l or r per column (default: the first
 * left-aligned, the others right-aligned).
 */
export function table(head: readonly string[], rows: readonly (readonly string[])[], align = ''): string {
  const all = [head, ...rows];
  const widths = head.map((_, c) => Math.max(...all.map((r) => [...(r[c] ?? '')].length)));
  const left = (c: number) => (align[c] ?? (c === 0 ? 'l' : 'r')) === 'l';
  const pad = (cell: string, c: number) => {
    const fill = ' '.repeat(widths[c] - [...cell].length);
    return left(c) ? cell + fill : fill + cell;
  };
  return all.map((r) => `  ${head.map((_, c) => pad(r[c] ?? '', c)).join('  ')}`.trimEnd()).join('\n') + '\n';
}

export interface Target {
  readonly name: string;
  /** e.g. "≥ 15×" */
  readonly goal: string;
  /** what was measured, formatted; or why it was not */
  readonly shown: string;
  readonly value: number | null;
  /** null: not measured */
  readonly met: boolean | null;
}

/** A target on a measured value: `value ≥ goal` ('atLeast') or `value ≤ goal` ('atMost'), both shown in `unit`. */
export function target(
  name: string,
  value: number | null,
  goal: number,
  way: 'atLeast' | 'atMost',
  unit = '',
  missing = 'not measured',
): Target {
  const goalText = `${way === 'atLeast' ? '≥' : '≤'} ${goal.toLocaleString('en-US')}${unit}`;
  if (value === null || !Number.isFinite(value)) return { name, goal: goalText, shown: missing, value, met: null };
  const met = way === 'atLeast' ? value >= goal : value <= goal;
  return { name, goal: goalText, shown: `${num(value)}${unit}`, value, met };
}

/** The targets as a table: mark, target, goal, measured. */
export function targetTable(targets: readonly Target[]): string {
  const mark = (t: Target) => (t.met === null ? '–' : t.met ? '✓' : '✗');
  return table(
    ['', 'target (reported, not asserted)', 'goal', 'measured'],
    targets.map((t) => [mark(t), t.name, t.goal, t.shown]),
    'llrr',
  );
}

interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly node: string;
  readonly os: string;
  readonly date: string;
}

export function machineFacts(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    os: `${platform()} ${arch()}`,
    date: new Date().toISOString(),
  };
}

export function machineLine(m: Machine, extra = ''): string {
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB · Node ${m.node}${extra} · ${m.os} · ${m.date.slice(0, 16)}Z`;
}

/** Writes `results` as pretty JSON when a path is given. */
export function writeResults(path: string | undefined, results: unknown): void {
  if (!path) return;
  writeFileSync(path, JSON.stringify(results, null, 2) + '\n');
  process.stderr.write(`results written to ${path}\n`);
}
