/** Firefox: Debian's firefox-esr through puppeteer-core over WebDriver BiDi. */

import { existsSync } from 'node:fs';
import puppeteer, { type Page } from 'puppeteer-core';
import { observedProblems } from '../page-observer.ts';
import { callExpression, type BrowserEngine, type PageDriver } from './page-driver.ts';

const FIREFOX = '/usr/bin/firefox-esr';

/** Puppeteer's names for the keys whose KeyboardEvent.key differs. */
const KEYS: Readonly<Record<string, string>> = { Space: ' ' };

function driverFor(page: Page): PageDriver {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return {
    goto: async (url) => {
      await page.goto(url);
    },
    url: async () => page.url(),
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press((KEYS[key] ?? key) as Parameters<Page['keyboard']['press']>[0]),
    evaluate: <R, A extends unknown[]>(fn: (...args: A) => R, ...args: A) =>
      page.evaluate(callExpression(fn, args)) as Promise<Awaited<R>>,
    pageErrors: async () => [...problems, ...(await page.evaluate(observedProblems))],
    close: () => page.close(),
  };
}

export const firefoxEngine: BrowserEngine = {
  name: 'Firefox',
  missing: () => (existsSync(FIREFOX) ? null : 'apt-get install -y firefox-esr'),
  async launch() {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      protocol: 'webDriverBiDi',
    });
    return {
      async newPage() {
        const page = await browser.newPage();
        await page.setViewport({ width: 1440, height: 900 });
        return driverFor(page);
      },
      close: () => browser.close(),
    };
  },
};
