import { describe, expect, it } from 'vitest';
import { resolveCssVars } from '../../src/charts/standalone-svg.ts';
import { FONT_FAMILY } from '../../src/charts/theme.ts';

describe('resolveCssVars', () => {
  const page: Record<string, string> = { '--font': 'Inter, sans-serif', '--chart-font': '' };
  const lookup = (name: string) => page[name] ?? '';

  it('takes a custom property where the page sets it, else its fallback', () => {
    expect(resolveCssVars('var(--font, serif)', lookup)).toBe('Inter, sans-serif');
    expect(resolveCssVars(FONT_FAMILY, lookup)).toBe('system-ui, -apple-system, "Segoe UI", Roboto, sans-serif');
  });

  it('resolves nested fallbacks from the inside out, and leaves a value without var() alone', () => {
    expect(resolveCssVars('var(--missing, var(--font))', lookup)).toBe('Inter, sans-serif');
    expect(resolveCssVars('1px solid var(--line, #d9d9d9)', lookup)).toBe('1px solid #d9d9d9');
    expect(resolveCssVars('#0072B2', lookup)).toBe('#0072B2');
  });
});
