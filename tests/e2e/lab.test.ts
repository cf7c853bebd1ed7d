/**
 * The built app in Chromium, as a student would use it: MNIST loads, both nets train and get better, the
 * learning rate changes live, the timeline freezes the charts, BN toggles (the twins restart), and nothing
 * logs an error, fails a request or throws on the way.
 */

import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runBrowserTests, useServedChromium, watchForProblems } from './harness.ts';

/** Saved for a person to look at; gitignored (the README's picture is docs/screenshot.png, taken by hand). */
const SCREENSHOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-results', 'e2e-lab.png');
/**
 * Probe every 20 steps so that probes come every second or so even on a slow machine; Xavier init so that the
 * plain net also leaves chance within a few hundred steps (with the paper's σ = 0.01 it sits at chance far longer).
 */
const QUERY = '?pe=20&init=xavier';

/** The test accuracy a side's header reads out, in %. */
async function accuracy(page: Page, net: string): Promise<number> {
  const text = await page.getByRole('status', { name: `${net} test accuracy` }).textContent();
  const match = /([\d.]+)\s%/.exec(text ?? '');
  if (!match) throw new Error(`no accuracy in "${text}"`);
  return Number(match[1]);
}

async function probeCount(page: Page): Promise<number> {
  const text = await page.locator('.timeline__state').textContent();
  return Number(/(\d+) probes?/.exec(text ?? '')?.[1] ?? 0);
}

describe.skipIf(!runBrowserTests)('BN Lab in Chromium', () => {
  const app = useServedChromium();

  it('trains both nets, takes live changes, scrubs, toggles BN and pauses without a single problem', async () => {
    const page = await app.newPage();
    const problems = watchForProblems(page);
    await page.goto(`${app.url()}${QUERY}`);

    // the data load, then the step-0 charts
    await page.getByRole('img', { name: 'Test accuracy of every net' }).waitFor({ timeout: 30_000 });
    await expect.poll(() => probeCount(page)).toBe(1);
    const start = { plain: await accuracy(page, 'plain'), bn: await accuracy(page, 'bn') };

    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(
      ([plain0, bn0]) => {
        const acc = (net: string) =>
          Number(
            /([\d.]+)\s%/.exec(document.querySelector(`[aria-label="${net} test accuracy"]`)?.textContent ?? '')?.[1],
          );
        const probes = Number(
          /(\d+) probes?/.exec(document.querySelector('.timeline__state')?.textContent ?? '')?.[1] ?? 0,
        );
        return probes >= 3 && acc('plain') > plain0 && acc('bn') > bn0;
      },
      [start.plain, start.bn] as const,
      { timeout: 60_000, polling: 250 },
    );

    // a few more probes, for the ridgelines of the screenshot
    await expect.poll(() => probeCount(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(10);

    // the learning rate applies live: the run goes on, no restart
    const before = await probeCount(page);
    const slider = page.getByLabel('Learning rate', { exact: true });
    await slider.focus();
    // two rungs down the 1-2-3-5 ladder from 1
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('.side-head__what').first().textContent()).toContain('lr 0.3');
    expect(page.url()).toContain('lr=0.3&');
    await expect.poll(() => probeCount(page), { timeout: 30_000 }).toBeGreaterThan(before);

    // the timeline freezes every read-out at the chosen probe; Live follows again
    const timeline = page.getByRole('slider', { name: 'Timeline: probe shown' });
    await timeline.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => timeline.getAttribute('aria-valuenow')).toBe('0');
    await expect.poll(() => accuracy(page, 'bn')).toBe(start.bn);
    await page.getByRole('button', { name: 'Live' }).click();
    await expect.poll(() => accuracy(page, 'bn')).not.toBe(start.bn);

    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Play' }).waitFor();
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

    // BN on the left too: both nets restart from their shared initial weights, renamed bn and bn-2
    await page.getByLabel('Kind of plain', { exact: true }).selectOption('bn');
    await page.getByRole('heading', { name: 'bn-2', exact: true }).waitFor({ timeout: 30_000 });
    await expect.poll(() => probeCount(page), { timeout: 30_000 }).toBe(1);
    // → steps once (the shortcut ignores keys typed into the select that has focus)
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('status', { name: 'Training step' }).textContent()).toContain('step 1 /');

    expect(problems).toEqual([]);
    await page.close();
  });

  it('survives a throw in the middle of training: it names the error, and Restart trains again', async () => {
    const page = await app.newPage();
    const problems = watchForProblems(page);
    await page.goto(`${app.url()}${QUERY}`);
    await page.getByRole('img', { name: 'Test accuracy of every net' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => probeCount(page), { timeout: 30_000 }).toBeGreaterThan(2);
    // the test-only hook: inside the workers (the lab's, and each net's own where the browser nests workers), the
    // next square root throws once (every step takes some: the gradient norms, BN's 1/√(σ² + ε)); no URL key or
    // message can do this
    for (const worker of page.workers())
      await worker.evaluate(() => {
        const sqrt = Math.sqrt;
        Math.sqrt = (x: number) => {
          Math.sqrt = sqrt;
          throw new Error(`planted fault at ${x > 0 ? '+' : '-'}`);
        };
      });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toMatch(/Training stopped: planted fault/);
    expect(await page.getByRole('heading', { name: 'BN Lab' }).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Restart' }).click();
    await page.getByRole('img', { name: 'Test accuracy of every net' }).waitFor({ timeout: 30_000 });
    await expect.poll(() => probeCount(page), { timeout: 30_000 }).toBe(1);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => probeCount(page), { timeout: 30_000 }).toBeGreaterThan(2);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says what went wrong when the data fail to load, and restarts cleanly once they are back', async () => {
    const page = await app.newPage();
    const problems = watchForProblems(page);
    await page.route('**/data/mnist.bin.gz', (route) => route.fulfill({ status: 404, body: 'not here' }));
    await page.goto(app.url());
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toMatch(/HTTP 404/);
    expect(await page.getByRole('heading', { name: 'BN Lab' }).isVisible()).toBe(true);

    await page.unroute('**/data/mnist.bin.gz');
    await page.getByRole('button', { name: 'Restart' }).click();
    await page.getByRole('img', { name: 'Test accuracy of every net' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('alert').count()).toBe(0);
    // the only problems are the ones this test made: the 404 itself
    expect(problems.filter((p) => !/404/.test(p))).toEqual([]);
    await page.close();
  });
});
