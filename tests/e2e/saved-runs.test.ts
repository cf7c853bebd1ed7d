/**
 * Saved runs in the built app in Chromium: the precomputed Figure 1 opens from the Open dialog (axe finds nothing
 * serious in the dialog or the recording) and from a `?run=` link and scrubs to its step 50,000; a CLI run file opens through the file picker, and Continue training replays it
 * to the very same probes (the page's fingerprint of the replay is the recording's).
 */

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../src/charts/format.ts';
import { trainRun } from '../../src/cli/train-run.ts';
import { PRESETS, precomputedPath } from '../../src/lab/presets.ts';
import type { RunHistory } from '../../src/protocol/history.ts';
import { historyToJson } from '../../src/protocol/history-json.ts';
import { runFromBytes } from '../../src/protocol/run-file.ts';
import { report, seriousViolations } from './axe-audit.ts';
import { runBrowserTests, useServedChromium, watchForProblems } from './harness.ts';

const SOON = { timeout: 30_000, interval: 100 } as const;

const figure1 = runFromBytes(
  readFileSync(fileURLToPath(new URL(`../../public/${precomputedPath('paper-fig1')}`, import.meta.url))),
);

/** "Latest at step 50,000: plain … %, bn … %" as the accuracy chart's summary says it of a run's last probes. */
function latestAccuracies(history: RunHistory): string {
  const last = (net: string) => history.nets[net].probes.at(-1)!;
  const step = last('bn').step.toLocaleString('en-US');
  const percent = (net: string) => formatPercent((last(net).testAccuracy * 100) / 100);
  return `Latest at step ${step}: plain ${percent('plain')}, bn ${percent('bn')}`;
}

async function accuracySummary(page: Page): Promise<string> {
  const chart = page.getByRole('img', { name: 'Test accuracy of every net' });
  const id = await chart.getAttribute('aria-describedby');
  return (await page.locator(`[id="${id}"]`).textContent()) ?? '';
}

/** The run fingerprint the page shows (its accessible name holds all of it). */
const fingerprint = (page: Page) => page.getByRole('status', { name: /^Run fingerprint/ }).getAttribute('aria-label');

const stepReadout = (page: Page) => page.getByRole('status', { name: 'Training step' }).textContent();

const banner = (page: Page) => page.getByRole('region', { name: 'Recording' });

/** Drives the timeline to its last probe with End, and says which step it shows. */
async function scrubToEnd(page: Page): Promise<string | null> {
  const timeline = page.getByRole('slider', { name: 'Timeline: probe shown' });
  await timeline.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('End');
  return timeline.getAttribute('aria-valuenow');
}

describe.skipIf(!runBrowserTests)('saved runs in Chromium', () => {
  const app = useServedChromium();

  it('opens the precomputed Figure 1 from the Open dialog and scrubs to step 50,000', async () => {
    const page = await app.newPage();
    const problems = watchForProblems(page);
    await page.goto(app.url());
    await page.getByRole('button', { name: 'Open a run…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open a run' });
    await dialog.waitFor();
    const violations = report('the Open dialog', await seriousViolations(page));
    await dialog.getByRole('button', { name: 'Figure 1, full run, precomputed (50,000 steps)' }).click();
    await expect
      .poll(() => banner(page).textContent(), SOON)
      .toContain('Showing a recording: Figure 1: MNIST 3 × 100 sigmoid, 50,000 steps, 2 nets (paper-fig1.json.gz).');
    violations.push(...report('a recording', await seriousViolations(page)));
    expect(violations).toEqual([]);
    expect(await scrubToEnd(page)).toBe('50000');
    expect(await stepReadout(page)).toContain('step 50,000 / 50,000');
    await expect.poll(() => accuracySummary(page), SOON).toContain(latestAccuracies(figure1));
    await page.getByRole('button', { name: 'Back to my run' }).click();
    await expect.poll(() => stepReadout(page)).toContain('step 0 /');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens a run= link to the precomputed Figure 1, and keeps it in the address', async () => {
    const page = await app.newPage();
    const problems = watchForProblems(page);
    await page.goto(`${app.url()}?run=runs/paper-fig1.json.gz`);
    await expect.poll(() => banner(page).textContent(), SOON).toContain('(paper-fig1.json.gz)');
    expect(await scrubToEnd(page)).toBe('50000');
    expect(page.url()).toContain('&run=runs/paper-fig1.json.gz');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens a CLI run through the file picker, and Continue training replays it to the same probes', async () => {
    const history = trainRun(PRESETS['moons-quick'], 'wasm').history;
    const file = join(mkdtempSync(join(tmpdir(), 'bn-lab-run-')), 'moons.json');
    writeFileSync(file, historyToJson(history) + '\n');
    const page = await app.newPage();
    const problems = watchForProblems(page);
    await page.goto(app.url());
    await page.getByRole('img', { name: 'Test accuracy of every net' }).waitFor(SOON);
    await page.getByRole('button', { name: 'Open a run…' }).click();
    await page.getByLabel('Choose a file…').setInputFiles(file);
    await expect
      .poll(() => banner(page).textContent(), SOON)
      .toContain('Showing a recording: Two moons (quick), 300 steps, 2 nets (moons.json).');
    await expect.poll(() => accuracySummary(page), SOON).toContain(latestAccuracies(history));
    const recorded = await fingerprint(page);

    await page.getByRole('button', { name: 'Continue training' }).click();
    const notice = page.getByRole('status', { name: 'Notice' });
    await expect.poll(() => notice.textContent(), SOON).toContain('reached the end of its run (step 300)');
    expect(await banner(page).count()).toBe(0);
    expect(await stepReadout(page)).toContain('step 300 / 300');
    expect(await fingerprint(page)).toBe(recorded);
    expect(problems).toEqual([]);
    await page.close();
  });
});
