/**
 * Builds the app once, as `npm run build` does, into a temporary folder and serves it with `vite preview`: at the
 * server's root, or under a sub-path as a course site would (the build is the same: every path in it is relative).
 */

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { asProduction } from '../../src/cli/headless-chromium.ts';
import { OBSERVER_SCRIPT } from './page-observer.ts';

export interface ServedApp {
  /** the built app's address */
  readonly url: string;
  /** the same app from a copy of its page that runs the observer of page-observer.ts first */
  readonly observedUrl: string;
  close(): Promise<void>;
}

/** `vite build` as `npm run build` does. */
function buildForProduction(outDir: string): Promise<void> {
  return asProduction(() => build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } }));
}

/** observed.html: index.html with the observer as the first script of its head (the app's paths are relative). */
function writeObservedPage(outDir: string): void {
  const page = readFileSync(join(outDir, 'index.html'), 'utf8');
  if (!page.includes('<head>')) throw new Error('the built index.html has no <head>');
  writeFileSync(join(outDir, 'observed.html'), page.replace('<head>', `<head>\n<script>${OBSERVER_SCRIPT}</script>`));
}

export interface ServeOptions {
  /** the sub-path the app is served under, e.g. `/course/bn/`; the root by default */
  readonly subPath?: string;
}

/** `vite build` into a temporary folder, then serve it on a free loopback port. */
export async function serveBuiltApp({ subPath = '/' }: ServeOptions = {}): Promise<ServedApp> {
  const outDir = mkdtempSync(join(tmpdir(), 'bn-lab-dist-'));
  await buildForProduction(outDir);
  writeObservedPage(outDir);
  const server: PreviewServer = await preview({
    logLevel: 'warn',
    // where preview serves the folder; the build keeps its relative paths
    base: subPath,
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url, observedUrl: new URL('observed.html', url).href, close: () => server.close() };
}
