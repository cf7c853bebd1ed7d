/**
 * Every lesson's scene in Chromium: it loads from its link, its text renders with typeset formulas (no raw TeX),
 * Look here outlines the row that makes its point, whose chart draws; and nothing logs an error on the way.
 */

import { describe, expect, it } from 'vitest';
import { SCENE_NAMES } from '../../src/lab/presets.ts';
import { SCENE_TEXTS } from '../../src/panels/lessons/scene-texts.ts';
import { runBrowserTests, useServedChromium, watchForProblems } from './harness.ts';

/** Scenes whose key chart is an on-demand measurement of the run. */
const MEASURED = new Set(['scale-invariance', 'inference', 'regularizer']);
/** Scenes whose key row appears once a probe after step 0 has taken the run's per-probe measurements. */
const PROBED = new Set(['santurkar']);

describe.skipIf(!runBrowserTests)('the lessons in Chromium', () => {
  const app = useServedChromium();

  it.each(SCENE_NAMES)('scene %s loads from ?scene=, typesets its formulas and shows its key chart', async (name) => {
    const text = SCENE_TEXTS[name];
    const page = await app.newPage();
    const problems = watchForProblems(page);
    await page.goto(`${app.url()}?scene=${name}`);
    const lesson = page.getByRole('complementary', { name: 'Lesson' });
    await lesson.getByRole('heading', { name: text.title }).waitFor({ timeout: 30_000 });
    await lesson.locator('.katex').first().waitFor({ timeout: 30_000 });
    expect(await lesson.innerText()).not.toMatch(/\$|\\frac|\\sigma/);
    await page.getByRole('img', { name: 'Test accuracy of every net' }).waitFor({ timeout: 30_000 });
    if (MEASURED.has(name)) {
      // a measurement needs a trained step: a few steps, then the row's Measure button
      for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step' }).click();
      await expect.poll(() => page.getByRole('status', { name: 'Training step' }).textContent()).toContain('step 3 /');
    }
    if (PROBED.has(name)) {
      await page.getByRole('button', { name: 'Play' }).click();
      await page.getByRole('region', { name: new RegExp(`^${text.lookHere}`) }).waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Pause' }).click();
    }
    await lesson.getByRole('button', { name: /^Look here/ }).click();
    const looked = page.locator('.is-looked-at');
    await expect.poll(() => looked.count(), { timeout: 10_000 }).toBe(1);
    const label = (await looked.getAttribute('aria-label')) ?? '';
    expect(label).toContain(text.lookHere);
    // the outline lasts two seconds; a measurement may take longer
    const row = page.locator(`section[aria-label="${label}"]`).first();
    // scrolled to, though rows off screen are not rendered (content-visibility) until they come near it
    const inView = () =>
      row.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.top < window.innerHeight && box.bottom > 0;
      });
    await expect.poll(inView, { timeout: 10_000 }).toBe(true);
    if (MEASURED.has(name))
      await row
        .getByRole('button', { name: /^Measure/ })
        .first()
        .click();
    await row.locator('svg').first().waitFor({ timeout: 60_000 });
    expect(problems).toEqual([]);
    await page.close();
  });
});
