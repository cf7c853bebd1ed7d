import { describe, expect, it } from 'vitest';
import { RULES, rulesFor, valueOf, type Rule } from './css-rules.ts';

// jsdom cannot hover, so this reads the style sheet itself: which rules a hovered, pressed toggle can meet

const PRESSED = "[aria-pressed='true']";

/** A plain colour as #rrggbb, or null (a gradient, a keyword). */
function toHex(value: string): string | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value)?.[1];
  if (!hex) return null;
  return hex.length === 3 ? `#${[...hex].map((c) => c + c).join('')}` : `#${hex}`;
}

function background(rule: Rule): string | null {
  return toHex(valueOf(rule, 'background-color') || valueOf(rule, 'background'));
}

/** WCAG 2 relative luminance. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const pressedRule = (): Rule | undefined => rulesFor(`button${PRESSED}`)[0];
const pressedText = (): string => toHex(valueOf(pressedRule(), 'color')) ?? '';

/** A selector for pressed toggles, not one that leaves them out with :not(…). */
const forPressed = (selector: string): boolean => selector.replaceAll(`:not(${PRESSED})`, '').includes(PRESSED);

describe('hover colours of pressed toggles', () => {
  it('a pressed toggle has light text on a dark background', () => {
    const rule = pressedRule();
    expect(rule && background(rule)).toBeTruthy();
    expect(contrast(pressedText(), background(rule!)!)).toBeGreaterThanOrEqual(4.5);
  });

  it('every hover rule with a light background leaves pressed toggles out', () => {
    const light = RULES.flatMap((rule) => {
      const bg = background(rule);
      return bg && luminance(bg) > 0.5 ? rule.selectors.filter((s) => s.includes(':hover')) : [];
    });
    expect(light.length).toBeGreaterThan(0);
    for (const selector of light) expect(selector).toContain(`:not(${PRESSED})`);
  });

  it('a hovered pressed toggle keeps a 4.5:1 contrast between its text and background', () => {
    const hovered = RULES.filter((rule) => rule.selectors.some((s) => forPressed(s) && s.includes(':hover')));
    expect(hovered.length).toBeGreaterThan(0);
    for (const rule of hovered)
      expect(contrast(pressedText(), background(rule) ?? '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});
