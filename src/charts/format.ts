/** Number formatting for labels and read-outs; every minus sign is U+2212. */

import * as d3 from 'd3';

const MINUS = '\u2212';
const NBSP = '\u00a0';
const grouped = d3.format(',');
const general = d3.format('.3~g');
const compactSci = d3.format('.2~e');

/** An em dash stands for a missing (NaN or infinite) value. */
const MISSING = '—';

/** 12500 → "12,500" */
export function formatStep(step: number): string {
  return Number.isFinite(step) ? grouped(Math.round(step)) : MISSING;
}

/** 0.912 → "91.2 %" (a fraction in [0, 1]) */
export function formatPercent(fraction: number, digits = 1): string {
  if (!Number.isFinite(fraction)) return MISSING;
  return `${d3.format(`.${digits}f`)(fraction * 100)}${NBSP}%`;
}

/** Three significant digits: 0.0123 → "0.0123", −1.5 → "−1.5". */
export function formatNumber(value: number): string {
  return Number.isFinite(value) ? general(value) : MISSING;
}

/** Compact scientific, for gradient norms: 0.00123 → "1.23e−3". */
export function formatScientific(value: number): string {
  if (!Number.isFinite(value)) return MISSING;
  if (value === 0) return '0';
  return compactSci(value).replace(/-/g, MINUS).replace('e+', 'e');
}

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '-': '⁻',
};

/** A power of ten as 10ⁿ: 0.001 → "10⁻³", 1 → "1", 10 → "10". */
export function formatPowerOfTen(value: number): string {
  const exponent = Math.round(Math.log10(value));
  if (exponent === 0) return '1';
  if (exponent === 1) return '10';
  return `10${[...String(exponent)].map((c) => SUPERSCRIPT[c] ?? c).join('')}`;
}
