/**
 * One page of the built app in some browser engine, behind the few verbs a test needs, so that one test body runs
 * in Chromium (playwright-core), Firefox (puppeteer-core over WebDriver BiDi) and WebKit (selenium-webdriver and
 * WebKitWebDriver). Elements are picked by CSS selector; helpers.ts builds role-and-name picks on top.
 */

export type EngineName = 'Chromium' | 'Firefox' | 'WebKit';

/** A key as the page's `KeyboardEvent.key` names it, or Space. */
type KeyName = 'Home' | 'End' | 'ArrowLeft' | 'ArrowRight' | 'Space' | 'Escape' | (string & {});

export interface PageDriver {
  goto(url: string): Promise<void>;
  /** the page's address now (the app keeps its config in the query) */
  url(): Promise<string>;
  /** a real click (pointer events from the browser) on the first element the CSS selector picks */
  click(selector: string): Promise<void>;
  /** a real key press, sent wherever focus is */
  press(key: KeyName): Promise<void>;
  /**
   * Runs a function in the page and returns its JSON-able result. Only its source text is sent, so it may use
   * nothing but its arguments (which must be JSON-able too).
   */
  evaluate<R, A extends unknown[]>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** everything that went wrong so far: uncaught errors, unhandled rejections, console errors, failed requests */
  pageErrors(): Promise<string[]>;
  close(): Promise<void>;
}

/** A running browser of one engine. */
export interface EngineSession {
  /** a fresh page at 1440 × 900, a laptop's screen */
  newPage(): Promise<PageDriver>;
  close(): Promise<void>;
}

export interface BrowserEngine {
  readonly name: EngineName;
  /** what this machine lacks to run the engine (the Debian package to install), or null */
  missing(): string | null;
  launch(): Promise<EngineSession>;
}

/** The expression that calls a function's source with JSON arguments, for a driver that takes script text. */
export function callExpression(fn: (...args: never[]) => unknown, args: readonly unknown[]): string {
  return `(${fn.toString()})(...${JSON.stringify(args)})`;
}
