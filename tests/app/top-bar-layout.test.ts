import { describe, expect, it } from 'vitest';
import { RULES, rulesFor, valueOf } from './css-rules.ts';

// jsdom lays nothing out, so this reads how the style sheet keeps the top bar to one line

/** The widest screen a `(max-width: N px)` condition covers. */
const maxWidth = (media: string): number => Number(/max-width:\s*(\d+)px/.exec(media)?.[1] ?? Infinity);

describe('the top bar on one line', () => {
  it('never wraps on a laptop: it wraps only where the page stacks (≤ 900 px)', () => {
    const wraps = RULES.filter((rule) => rule.selectors.includes('.top-bar') && valueOf(rule, 'flex-wrap') !== '');
    const topLevel = wraps.filter((rule) => rule.media === '');
    expect(topLevel.map((rule) => valueOf(rule, 'flex-wrap'))).toEqual(['nowrap']);
    for (const rule of wraps.filter((r) => valueOf(r, 'flex-wrap') === 'wrap'))
      expect(maxWidth(rule.media)).toBeLessThanOrEqual(900);
  });

  it('lets the scene give way: its box may shrink, and the name ends in an ellipsis at a bounded width', () => {
    expect(rulesFor('.top-bar .top-bar__scene').map((rule) => valueOf(rule, 'min-width'))).toContain('0');
    const select = rulesFor('.top-bar__scene select')[0];
    expect(valueOf(select, 'text-overflow')).toBe('ellipsis');
    expect(valueOf(select, 'max-width')).not.toBe('');
  });

  it('hides the secondary words at 1280 px by clipping, which keeps them as names, never with display: none', () => {
    const buttonWords = rulesFor('.top-bar__label');
    expect(buttonWords.some((rule) => maxWidth(rule.media) >= 1280 && valueOf(rule, 'clip-path') !== '')).toBe(true);
    for (const rule of [...buttonWords, ...rulesFor('.top-bar__field-label')]) {
      expect(valueOf(rule, 'display')).not.toBe('none');
      expect(valueOf(rule, 'visibility')).not.toBe('hidden');
    }
  });
});
