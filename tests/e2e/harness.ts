/** Builds the app, serves it with `vite preview` and drives Debian's Chromium through playwright-core. */

import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';

/**
 * Browser tests run wherever Chromium is installed and are skipped with a message elsewhere — except under
 * CI=true, where they always run, so a CI machine without Chromium fails instead of passing quietly.
 */
export const runBrowserTests = existsSync(CHROMIUM) || process.env.CI === 'true';
if (!runBrowserTests) {
  console.warn(`browser tests skipped: ${CHROMIUM} not found (apt-get install -y chromium to run them)`);
}

interface Served {
  readonly url: string;
  close(): Promise<void>;
}

/** `vite build` as `npm run build` does: vitest sets NODE_ENV=test, which would bundle React's development build. */
async function buildForProduction(outDir: string): Promise<void> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

/** `vite build` into a temporary folder, then serve it on a free loopback port. */
async function buildAndServe(): Promise<Served> {
  const outDir = mkdtempSync(join(tmpdir(), 'bn-lab-dist-'));
  await buildForProduction(outDir);
  const server: PreviewServer = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url, close: () => server.close() };
}

function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
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
export function useServedChromium(): ServedChromium {
  let served: Served | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    served = await buildAndServe();
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
