import * as d3 from 'd3';
import { describe, expect, it } from 'vitest';
import { contrastRatio, textShade } from '../../src/charts/contrast.ts';
import {
  BACKGROUNDS,
  KIND_COLORS,
  TEXT_CONTRAST,
  kindColor,
  kindTextColor,
  layerColor,
  textColorOf,
  tintOf,
} from '../../src/charts/theme.ts';
import { rulesFor, valueOf } from '../app/css-rules.ts';

const kinds = Object.keys(KIND_COLORS) as (keyof typeof KIND_COLORS)[];
const backgrounds = Object.entries(BACKGROUNDS);

describe('WCAG contrast', () => {
  it('is 21:1 for black on white, 1:1 for a colour on itself, and symmetric', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#0072B2', '#0072B2')).toBe(1);
    expect(contrastRatio('#ffffff', '#D55E00')).toBe(contrastRatio('#D55E00', '#ffffff'));
  });

  it('matches hand-computed ratios: #767676 is the lightest grey at 4.5:1 on white, vermillion 3.87:1', () => {
    // L(#767676) = ((0x76/255 + 0.055)/1.055)^2.4 = 0.1812; (1.05)/(0.2312) = 4.54
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    // L(#D55E00) = 0.2126·0.6654 + 0.7152·0.1119 + 0 = 0.2215; 1.05/0.2715 = 3.87
    expect(contrastRatio('#D55E00', '#ffffff')).toBeCloseTo(3.87, 2);
  });

  it('the vermillion of a plain net, as 13 px text, fails 4.5:1 on white: its line colour is not a text colour', () => {
    expect(contrastRatio(kindColor('none'), BACKGROUNDS.page)).toBeLessThan(TEXT_CONTRAST);
  });

  it('darkens a colour only as far as needed, keeping its hue', () => {
    const shade = textShade('#D55E00');
    expect(contrastRatio(shade, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(shade, '#ffffff')).toBeLessThan(4.8);
    expect(textShade('#000000')).toBe('#000000');
  });
});

describe('text colours of the kinds of net', () => {
  it.each(kinds.flatMap((kind) => backgrounds.map(([where, bg]) => [kind, where, bg] as const)))(
    '%s text reads at 4.5:1 or more on the %s background (%s)',
    (kind, _where, background) => {
      expect(contrastRatio(kindTextColor(kind), background)).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    },
  );

  it.each(kinds)('%s text is a darker shade of the same hue as its lines', (kind) => {
    const line = d3.hcl(kindColor(kind));
    const text = d3.hcl(kindTextColor(kind));
    expect(text.l).toBeLessThanOrEqual(line.l);
    expect(Math.abs(text.h - line.h)).toBeLessThan(6);
  });

  it.each(kinds)('%s text on the wash behind a wrong prediction reads at 4.5:1 or more', (kind) => {
    const wash = tintOf(kindColor(kind));
    expect(contrastRatio(textColorOf(kindColor(kind), wash), wash)).toBeGreaterThanOrEqual(TEXT_CONTRAST);
  });

  it.each(kinds)('%s layer labels (L1 darkest … L6 lightest) read at 4.5:1 or more everywhere', (kind) => {
    for (let l = 0; l < 6; l++) {
      const text = textColorOf(layerColor(kindColor(kind), l, 6));
      for (const [, background] of backgrounds)
        expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    }
  });

  it('the panel background the shades are made for is the style sheet’s --panel', () => {
    expect(valueOf(rulesFor('.sidebar')[0], 'background').toLowerCase()).toBe(BACKGROUNDS.panel);
    expect(valueOf(rulesFor('.top-bar')[0], 'background').toLowerCase()).toBe(BACKGROUNDS.panel);
  });
});
