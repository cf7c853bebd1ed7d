/** Chromium: Debian's /usr/bin/chromium through playwright-core, as the rest of the e2e suite drives it. */

import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../../src/cli/headless-chromium.ts';
import { watchForProblems } from '../harness.ts';
import { observedProblems } from '../page-observer.ts';
import { callExpression, type BrowserEngine, type PageDriver } from './page-driver.ts';

function driverFor(page: Page): PageDriver {
  const problems = watchForProblems(page);
  return {
    goto: async (url) => {
      await page.goto(url);
    },
    url: async () => page.url(),
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key),
    evaluate: <R, A extends unknown[]>(fn: (...args: A) => R, ...args: A) =>
      page.evaluate(callExpression(fn, args)) as Promise<Awaited<R>>,
    pageErrors: async () => [...problems, ...(await page.evaluate(observedProblems))],
    close: () => page.close(),
  };
}

export const chromiumEngine: BrowserEngine = {
  name: 'Chromium',
  missing: () => (existsSync('/usr/bin/chromium') ? null : 'apt-get install -y chromium'),
  async launch() {
    const browser = await launchChromium();
    return {
      newPage: async () => driverFor(await browser.newPage({ viewport: { width: 1440, height: 900 } })),
      close: () => browser.close(),
    };
  },
};
