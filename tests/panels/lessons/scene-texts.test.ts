import { renderToString } from 'katex';
import { describe, expect, it } from 'vitest';
import { PRESETS, SCENE_NAMES } from '../../../src/lab/presets.ts';
import { SCENE_TEXTS, type SceneText } from '../../../src/panels/lessons/scene-texts.ts';

/** The words of a text, its $…$ pieces replaced by a placeholder (a formula may hold a full stop). */
const words = (text: string) =>
  text
    .split('$')
    .filter((_, i) => i % 2 === 0)
    .join('x');

/** A sentence ends in . ? or ! before a space or the end; decimals like 0.2 have no space after the point. */
const sentences = (texts: readonly string[]) =>
  texts.reduce((n, text) => n + (words(text).match(/[.?!](?=\s|$)/g)?.length ?? 0), 0);

/** Every piece of TeX a scene holds: display formulas and the $…$ in its paragraphs and caveat. */
function texOf(text: SceneText): string[] {
  const inline = [...text.paragraphs, text.caveat].flatMap((t) => t.split('$').filter((_, i) => i % 2 === 1));
  return [...text.formulas, ...inline];
}

describe('the scene texts', () => {
  it('have one text per scene, in the presets’ scene order, and every scene is a preset', () => {
    expect(Object.keys(SCENE_TEXTS)).toEqual(SCENE_NAMES);
    for (const name of SCENE_NAMES) expect(PRESETS[name]).toBeDefined();
  });

  it.each(SCENE_NAMES)('%s has a title, a section, 3–8 sentences, formulas and a caveat', (name) => {
    const text = SCENE_TEXTS[name];
    expect(text.title).not.toBe('');
    expect(text.section).toMatch(/^§\d/);
    expect(sentences(text.paragraphs)).toBeGreaterThanOrEqual(3);
    expect(sentences(text.paragraphs)).toBeLessThanOrEqual(8);
    expect(text.formulas.length).toBeGreaterThan(0);
    expect(sentences([text.caveat])).toBeGreaterThanOrEqual(1);
  });

  it.each(SCENE_NAMES)('%s closes every $ it opens, and KaTeX parses all its TeX', (name) => {
    const text = SCENE_TEXTS[name];
    for (const t of [...text.paragraphs, text.caveat]) expect(t.split('$').length % 2).toBe(1);
    for (const tex of texOf(text)) expect(() => renderToString(tex, { throwOnError: true })).not.toThrow();
  });

  it('counts sentences as a reader would', () => {
    expect(sentences(['Mean $\\sigma = 0.2$ here. It is 0.21 in fact!', 'Why?'])).toBe(3);
  });
});
