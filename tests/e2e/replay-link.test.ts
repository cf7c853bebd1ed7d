/**
 * Links that replay a run, in the built app served from a sub-path as a course site would serve it: one page trains,
 * takes a learning rate live, pauses and shares; a second page opens the link, replays the run to the same step and
 * pauses there with the same numbers, timeline and view. And the app under /course/bn/ loads everything it needs
 * from there: the digits, the workers, the formulas' fonts.
 */

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runBrowserTests, useServedChromium, watchForProblems } from './harness.ts';

const SUB_PATH = '/course/bn/';
/** Figure 1's run, 2,000 steps, probed every 100 on 500 test digits. */
const SCENE = '?scene=fig1&steps=2000&pe=100&ps=500';
const WAIT = { timeout: 60_000, interval: 100 } as const;

const stepText = (page: Page) => page.getByRole('status', { name: 'Training step' }).textContent();

async function stepOf(page: Page): Promise<number> {
  const match = /step ([\d,]+) \//.exec((await stepText(page)) ?? '');
  return match ? Number(match[1].replace(/,/g, '')) : NaN;
}

/** The whole fingerprint, from the read-out's accessible name. */
async function fingerprintOf(page: Page): Promise<string | null> {
  const name = await page.getByRole('status', { name: /^Run fingerprint/ }).getAttribute('aria-label');
  return name?.replace('Run fingerprint ', '') ?? null;
}

/** Training has stopped: the step read-out says paused and holds still. */
async function settled(page: Page): Promise<boolean> {
  const before = await stepText(page);
  await page.waitForTimeout(300);
  return before === (await stepText(page)) && / · paused$/.test(before ?? '');
}

describe.skipIf(!runBrowserTests)(`BN Lab served under ${SUB_PATH}`, () => {
  const app = useServedChromium({ subPath: SUB_PATH });

  it('replays a shared run in a second page to the sender’s step, fingerprint, timeline and view', async () => {
    const sender = await app.newPage();
    const senderProblems = watchForProblems(sender);
    await sender.goto(`${app.url()}${SCENE}`);
    await sender.getByRole('img', { name: 'Test accuracy of every net' }).waitFor({ timeout: 60_000 });
    await sender.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => stepOf(sender), WAIT).toBeGreaterThanOrEqual(250);
    // one rung up the ladder, live, mid-run
    await sender.keyboard.press(']');
    await expect.poll(() => sender.locator('.side-head__what').first().textContent(), WAIT).toContain('lr 2');
    const changedBy = await stepOf(sender);
    await expect.poll(() => stepOf(sender), WAIT).toBeGreaterThanOrEqual(changedBy + 350);
    await sender.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => settled(sender), WAIT).toBe(true);
    // and three single steps, so that the stop is no probe's step
    const paused = await stepOf(sender);
    for (let i = 0; i < 3; i++) await sender.keyboard.press('ArrowRight');
    await expect.poll(() => stepOf(sender), WAIT).toBe(paused + 3);
    const stop = paused + 3;

    // the view: hidden layer 1, overlaid distributions, the timeline at step 200
    await sender.keyboard.press('1');
    await sender.getByRole('button', { name: 'Overlay' }).first().click();
    await sender.getByRole('slider', { name: 'Timeline: probe shown' }).focus();
    await sender.keyboard.press('Home');
    await sender.keyboard.press('ArrowRight');
    await sender.keyboard.press('ArrowRight');
    await expect.poll(() => sender.locator('.timeline__state').textContent()).toBe('frozen at step 200');

    await sender.getByRole('button', { name: 'Share', exact: true }).click();
    const link = await sender.getByRole('textbox', { name: 'Link to this run' }).inputValue();
    expect(link.startsWith(`${app.url()}?scene=fig1&`)).toBe(true);
    expect(link).toMatch(new RegExp(`&ev=lr2@\\d+&layer=1&draw=overlay&at=${stop}&scrub=200$`));
    const expected = await fingerprintOf(sender);
    expect(expected).toMatch(/^[0-9a-f]{16}$/);

    const receiver = await app.newPage();
    const receiverProblems = watchForProblems(receiver);
    await receiver.goto(link);
    await expect.poll(async () => ((await settled(receiver)) ? stepOf(receiver) : -1), WAIT).toBe(stop);
    expect(await receiver.getByRole('status', { name: 'Replay' }).count()).toBe(0);
    expect(await fingerprintOf(receiver)).toBe(expected);
    expect(await receiver.locator('.timeline__state').textContent()).toBe('frozen at step 200');
    expect(await receiver.getByRole('button', { name: 'L1, hidden layer 1' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await receiver.getByRole('button', { name: 'Overlay' }).first().getAttribute('aria-pressed')).toBe('true');
    // the address bar keeps the link while its replay is on screen, so a reload replays it again
    expect(receiver.url()).toContain(`&at=${stop}&scrub=200`);

    expect(senderProblems).toEqual([]);
    expect(receiverProblems).toEqual([]);
    await sender.close();
    await receiver.close();
  });

  it('loads its digits, workers, lesson and fonts from under the sub-path, and trains', async () => {
    const page = await app.newPage();
    const problems = watchForProblems(page);
    const requested: string[] = [];
    page.context().on('request', (request) => requested.push(request.url()));
    await page.goto(`${app.url()}?scene=fig1&pe=20`);
    await page.getByRole('img', { name: 'Test accuracy of every net' }).waitFor({ timeout: 60_000 });
    // the lesson's formulas: KaTeX and its fonts, loaded with the first formula
    await page.locator('.lesson .katex').first().waitFor({ timeout: 30_000 });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => stepOf(page), WAIT).toBeGreaterThanOrEqual(100);

    const files = requested.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(files.filter((url) => !url.startsWith(app.url()))).toEqual([]);
    const names = files.map((url) => url.slice(app.url().length));
    expect(names).toContain('data/mnist.bin.gz');
    expect(names.some((name) => /^assets\/lab\.worker-.*\.js$/.test(name))).toBe(true);
    expect(names.some((name) => /^assets\/KaTeX_.*\.woff2$/.test(name))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});
