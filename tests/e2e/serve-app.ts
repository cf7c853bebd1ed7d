/** Builds the app once, as `npm run build` does, into a temporary folder and serves it with `vite preview`. */

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { OBSERVER_SCRIPT } from './page-observer.ts';

export interface ServedApp {
  /** the built app's address */
  readonly url: string;
  /** the same app from a copy of its page that runs the observer of page-observer.ts first */
  readonly observedUrl: string;
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

/** observed.html: index.html with the observer as the first script of its head (the app's paths are relative). */
function writeObservedPage(outDir: string): void {
  const page = readFileSync(join(outDir, 'index.html'), 'utf8');
  if (!page.includes('<head>')) throw new Error('the built index.html has no <head>');
  writeFileSync(join(outDir, 'observed.html'), page.replace('<head>', `<head>\n<script>${OBSERVER_SCRIPT}</script>`));
}

/** `vite build` into a temporary folder, then serve it on a free loopback port. */
export async function serveBuiltApp(): Promise<ServedApp> {
  const outDir = mkdtempSync(join(tmpdir(), 'bn-lab-dist-'));
  await buildForProduction(outDir);
  writeObservedPage(outDir);
  const server: PreviewServer = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url, observedUrl: new URL('observed.html', url).href, close: () => server.close() };
}
