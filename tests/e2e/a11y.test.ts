/**
 * The built app under axe-core in Chromium: no serious or critical violation in normal or presenter mode, before
 * training and after a few probes, nor with the keyboard map, Share's dialog or the QR code open. A failure lists each violation's rule, impact,
 * elements and help.
 */

import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { report, seriousViolations } from './axe-audit.ts';
import { runBrowserTests, useServedChromium, watchForProblems } from './harness.ts';

/** Probes every 20 steps, so that a few come within seconds; Xavier init so that both nets move. */
const QUERY = '?pe=20&init=xavier';

/** Presenter mode's bar, for a person to look at; gitignored. */
const SCREENSHOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-results', 'e2e-presenter.png');

async function probeCount(page: Page): Promise<number> {
  const text = await page.locator('.timeline__state').textContent();
  return Number(/(\d+) probes?/.exec(text ?? '')?.[1] ?? 0);
}

/** Audits normal mode, then presenter mode (key p), and returns to normal mode. */
async function auditBothModes(page: Page, when: string, screenshot?: string): Promise<string[]> {
  const found = report(`normal, ${when}`, await seriousViolations(page));
  await page.keyboard.press('p');
  await page.locator('.app.is-presenter').waitFor();
  found.push(...report(`presenter, ${when}`, await seriousViolations(page)));
  if (screenshot) {
    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });
  }
  await page.keyboard.press('p');
  await page.locator('.app:not(.is-presenter)').waitFor();
  return found;
}

describe.skipIf(!runBrowserTests)('accessibility in Chromium', () => {
  const app = useServedChromium();

  it('axe finds no serious or critical violation, in either mode, before and after training', async () => {
    const page = await app.newPage();
    const problems = watchForProblems(page);
    await page.goto(`${app.url()}${QUERY}`);
    await page.getByRole('img', { name: /test accuracy/i }).waitFor({ timeout: 30_000 });
    await expect.poll(() => probeCount(page)).toBe(1);

    const found = await auditBothModes(page, 'before training');

    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => probeCount(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(4);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Play' }).waitFor();
    found.push(...(await auditBothModes(page, 'after training', SCREENSHOT)));

    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    found.push(...report('keyboard map open', await seriousViolations(page)));
    await page.keyboard.press('Escape');

    for (const [open, name] of [
      [() => page.getByRole('button', { name: 'Share', exact: true }).click(), 'Share this run'],
      [() => page.keyboard.press('q'), 'Open this run on your phone'],
    ] as const) {
      await open();
      await page.getByRole('dialog', { name }).waitFor();
      found.push(...report(`${name} open`, await seriousViolations(page)));
      await page.keyboard.press('Escape');
      await page.getByRole('dialog', { name }).waitFor({ state: 'detached' });
    }

    expect(found, found.join('\n')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('presenter mode keeps the learning rate, the BN switch, full screen and the QR code in its bar, all on screen', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url()}${QUERY}`);
    await page.getByRole('img', { name: /test accuracy/i }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Present' }).click();
    const bar = page.getByRole('banner');
    const controls = [
      bar.getByRole('button', { name: 'Play' }),
      bar.getByRole('slider', { name: 'Learning rate' }),
      bar.getByRole('switch', { name: 'BN in the right net' }),
      bar.getByRole('button', { name: 'Full screen' }),
      bar.getByRole('button', { name: 'QR code' }),
      bar.getByRole('button', { name: 'Exit presenter' }),
    ];
    /** Each control's top edge, after checking that it lies wholly inside the window. */
    const tops = async (width: number) => {
      const found: number[] = [];
      for (const control of controls) {
        const box = await control.boundingBox();
        expect(box, `${control} is drawn`).not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
        found.push(box!.y);
      }
      return found;
    };
    await tops(1440);
    // a 1080p projector: everything on one line
    await page.setViewportSize({ width: 1920, height: 1080 });
    const wide = await tops(1920);
    expect(Math.max(...wide) - Math.min(...wide)).toBeLessThan(24);
    await page.setViewportSize({ width: 1440, height: 900 });

    const slider = bar.getByRole('slider', { name: 'Learning rate' });
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('0.5');
    await page.close();
  });

  it('the keyboard map keeps Tab inside and gives focus back to its opener on Escape', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url()}${QUERY}`);
    await page.getByRole('img', { name: /test accuracy/i }).waitFor({ timeout: 30_000 });
    const opener = page.getByRole('button', { name: 'Keyboard shortcuts' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    for (const key of ['Tab', 'Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await opener.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.close();
  });
});
