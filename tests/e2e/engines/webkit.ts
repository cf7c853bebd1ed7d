/**
 * WebKit: WebKitGTK's MiniBrowser (the engine of Safari) through WebKitWebDriver and selenium-webdriver. MiniBrowser
 * needs a display: without DISPLAY an Xvfb of our own is started on a free display number, and stopped after.
 * WebDriver classic has no console or error events; the page observer (page-observer.ts) reports them instead.
 */

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';
import { observedProblems } from '../page-observer.ts';
import { callExpression, type BrowserEngine, type PageDriver } from './page-driver.ts';

const DRIVER = '/usr/bin/WebKitWebDriver';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB = '/usr/bin/Xvfb';

/** WebDriver's code points for the named keys. */
const KEYS: Readonly<Record<string, string>> = {
  Home: Key.HOME,
  End: Key.END,
  ArrowLeft: Key.ARROW_LEFT,
  ArrowRight: Key.ARROW_RIGHT,
  Space: Key.SPACE,
  Escape: Key.ESCAPE,
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Stops a child process we started and waits for it to go. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([gone, sleep(5000)]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** An Xvfb on the first free display number, which it writes to fd 3 once it accepts connections. */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1600x1000x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  xvfb.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const fd3 = xvfb.stdio[3] as NodeJS.ReadableStream;
  let timer: NodeJS.Timeout | undefined;
  const display = await new Promise<string>((resolve, reject) => {
    let text = '';
    fd3.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${stderr.trim()}`)));
    timer = setTimeout(() => reject(new Error(`Xvfb gave no display number in 10 s: ${stderr.trim()}`)), 10_000);
  })
    .catch(async (error: unknown) => {
      await stop(xvfb);
      throw error;
    })
    .finally(() => clearTimeout(timer));
  return { display, process: xvfb };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** WebKitWebDriver on a free port, once its /status says it is ready. */
async function startDriver(display: string): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const driver = spawn(DRIVER, [`--port=${port}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DISPLAY: display },
  });
  let stderr = '';
  driver.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; waited < 10_000; waited += 100) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}: ${stderr.trim()}`);
    const ready = await fetch(`${url}/status`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { url, process: driver };
    await sleep(100);
  }
  await stop(driver);
  throw new Error(`WebKitWebDriver did not answer on ${url} in 10 s: ${stderr.trim()}`);
}

function driverFor(driver: WebDriver): PageDriver {
  return {
    goto: (url) => driver.get(url),
    url: () => driver.getCurrentUrl(),
    click: async (selector) => driver.findElement(By.css(selector)).click(),
    press: async (key) => {
      const code = KEYS[key] ?? key;
      await driver.actions({ async: true }).keyDown(code).keyUp(code).perform();
    },
    evaluate: <R, A extends unknown[]>(fn: (...args: A) => R, ...args: A) =>
      driver.executeScript<Awaited<R>>(`return ${callExpression(fn, args)};`),
    pageErrors: () => driver.executeScript<string[]>(`return ${callExpression(observedProblems, [])};`),
    close: () => driver.quit(),
  };
}

export const webkitEngine: BrowserEngine = {
  name: 'WebKit',
  missing: () =>
    !existsSync(DRIVER) || !existsSync(MINIBROWSER)
      ? 'apt-get install -y webkit2gtk-driver'
      : !process.env.DISPLAY && !existsSync(XVFB)
        ? 'apt-get install -y xvfb xauth'
        : null,
  async launch() {
    const xvfb = process.env.DISPLAY ? null : await startXvfb();
    const server = await startDriver(xvfb?.display ?? process.env.DISPLAY!).catch(async (error: unknown) => {
      if (xvfb) await stop(xvfb.process);
      throw error;
    });
    return {
      async newPage() {
        // one MiniBrowser per page: a WebDriver classic session is one browser window
        const driver = await new Builder()
          .usingServer(server.url)
          .withCapabilities({
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
          })
          .build();
        await driver.manage().window().setRect({ x: 0, y: 0, width: 1440, height: 900 });
        return driverFor(driver);
      },
      async close() {
        await stop(server.process);
        if (xvfb) await stop(xvfb.process);
      },
    };
  },
};
