/**
 * The lab's page as a user sees it, over any engine's PageDriver: buttons by their names, the read-outs by their
 * roles and names. The functions passed to evaluate run in the page and use nothing but their arguments.
 */

import type { PageDriver } from './page-driver.ts';

/** A button's name as assistive technology reads it here: its aria-label, else its text. */
function markButton(name: string): string[] {
  const buttons = [...document.querySelectorAll('button')];
  const nameOf = (b: HTMLButtonElement) => b.getAttribute('aria-label') ?? b.textContent?.trim() ?? '';
  const found = buttons.find((b) => nameOf(b) === name && !b.disabled);
  document.querySelectorAll('[data-e2e-pick]').forEach((e) => e.removeAttribute('data-e2e-pick'));
  if (found) {
    found.setAttribute('data-e2e-pick', '');
    return [];
  }
  return buttons.map(nameOf);
}

/** A real click on the enabled button of this name. */
export async function clickButton(page: PageDriver, name: string): Promise<void> {
  const others = await page.evaluate(markButton, name);
  if (others.length > 0) throw new Error(`no enabled button named "${name}"; there are: ${others.join(', ')}`);
  await page.click('[data-e2e-pick]');
}

/** Moves focus to the first element of a selector (as a Tab would), or away from everything with null. */
export async function focus(page: PageDriver, selector: string | null): Promise<void> {
  const found = await page.evaluate((css: string | null) => {
    if (css === null) {
      (document.activeElement as HTMLElement | null)?.blur();
      return true;
    }
    const element = document.querySelector<HTMLElement>(css);
    element?.focus();
    return element !== null && document.activeElement === element;
  }, selector);
  if (!found) throw new Error(`could not focus ${selector}`);
}

export const textOf = (page: PageDriver, selector: string): Promise<string | null> =>
  page.evaluate((css: string) => document.querySelector(css)?.textContent ?? null, selector);

export const attributeOf = (page: PageDriver, selector: string, name: string): Promise<string | null> =>
  page.evaluate((css: string, attr: string) => document.querySelector(css)?.getAttribute(attr) ?? null, selector, name);

const countOf = (page: PageDriver, selector: string): Promise<number> =>
  page.evaluate((css: string) => document.querySelectorAll(css).length, selector);

/** The text of every heading, e.g. each side's net name. */
export const headings = (page: PageDriver): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].map((h) => h.textContent?.trim() ?? ''),
  );

/** "step 1,000 / 1,000 · finished" */
export const stepText = (page: PageDriver) => textOf(page, '[role="status"][aria-label="Training step"]');

/** The probes on the timeline ("live · 12 probes"); 0 while frozen or before the first. */
export async function probeCount(page: PageDriver): Promise<number> {
  return Number(/(\d+) probes?/.exec((await textOf(page, '.timeline__state')) ?? '')?.[1] ?? 0);
}

/** The run fingerprint the page shows, all 16 hex digits (from its accessible name), or null before the first probe. */
export async function shownFingerprint(page: PageDriver): Promise<string | null> {
  const name = await attributeOf(page, '[role="status"][aria-label^="Run fingerprint"]', 'aria-label');
  return name === null ? null : (/^Run fingerprint ([0-9a-f]{16})$/.exec(name)?.[1] ?? `unreadable: ${name}`);
}

/** The charts are drawn: the data loaded and the step-0 probe arrived. */
export async function chartsShown(page: PageDriver): Promise<boolean> {
  return (await countOf(page, '[role="img"][aria-label="Test accuracy of every net"]')) > 0;
}
