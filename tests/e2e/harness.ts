/** Serves the built app (serve-app.ts) and drives Debian's Chromium through playwright-core. */

import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../../src/cli/headless-chromium.ts';
import { afterAll, beforeAll } from 'vitest';
import { serveBuiltApp, type ServeOptions, type ServedApp } from './serve-app.ts';

/**
 * Browser tests run wherever Chromium is installed and are skipped with a message elsewhere — except under
 * CI=true, where they always run, so a CI machine without Chromium fails instead of passing quietly.
 */
export const runBrowserTests = existsSync(CHROMIUM) || process.env.CI === 'true';
if (!runBrowserTests) {
  console.warn(`browser tests skipped: ${CHROMIUM} not found (apt-get install -y chromium to run them)`);
}

/** Collects console errors, failed requests and uncaught exceptions of a page. */
export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}

export interface ServedChromium {
  /** the built app's address */
  url(): string;
  /** a fresh page at 1440 × 900, a laptop's screen */
  newPage(): Promise<Page>;
}

/** For the enclosing describe: builds and serves the app and launches Chromium once, and closes both after it. */
export function useServedChromium(options: ServeOptions = {}): ServedChromium {
  let served: ServedApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    served = await serveBuiltApp(options);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });
  return {
    url: () => served!.url,
    newPage: () => browser!.newPage({ viewport: { width: 1440, height: 900 } }),
  };
}
