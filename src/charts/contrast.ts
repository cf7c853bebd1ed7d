/** WCAG 2 contrast between two sRGB colours, and the darkest-needed shade of a hue that reaches a contrast. */

import * as d3 from 'd3';

/** WCAG relative luminance: linearise each sRGB channel, then 0.2126 R + 0.7152 G + 0.0722 B. */
function luminance(color: string): number {
  const { r, g, b } = d3.rgb(color);
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** (L_light + 0.05) / (L_dark + 0.05), from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The colour's hue and chroma with CIE L* lowered step by step until text in it reaches minContrast on background. */
export function textShade(color: string, background = '#ffffff', minContrast = 4.5): string {
  const base = d3.hcl(color);
  let shade = d3.rgb(color).formatHex();
  for (let l = base.l; contrastRatio(shade, background) < minContrast && l > 0; l -= 1) {
    shade = d3.hcl(base.h, base.c, Math.max(l - 1, 0)).formatHex();
  }
  return shade;
}
