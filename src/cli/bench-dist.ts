/**
 * `bench:browser`'s app: `vite build` as `npm run build` does (NODE_ENV=production, with a manifest), the
 * TensorFlow.js page bundled beside it, both served by `vite preview`; and the initial JS the page loads, gzipped.
 */

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { asProduction } from './headless-chromium.ts';

const TFJS_PAGE = fileURLToPath(new URL('./bench-tfjs-page.ts', import.meta.url));
/** The TF.js page's folder in the served app, and its script. */
export const TFJS_SCRIPT = 'bench/bench-tfjs.js';

interface Served {
  readonly url: string;
  readonly outDir: string;
  close(): Promise<void>;
}

async function buildAll(outDir: string): Promise<void> {
  await asProduction(async () => {
    await build({ logLevel: 'error', mode: 'production', build: { outDir, emptyOutDir: true, manifest: true } });
    await build({
      configFile: false,
      logLevel: 'error',
      mode: 'production',
      base: './',
      build: {
        outDir: join(outDir, 'bench'),
        emptyOutDir: true,
        target: 'es2022',
        rolldownOptions: { input: TFJS_PAGE, output: { entryFileNames: 'bench-tfjs.js' } },
      },
    });
  });
}

/** Builds into a temporary folder and serves it on a free loopback port; close() also deletes the folder. */
export async function buildAndServe(): Promise<Served> {
  const outDir = mkdtempSync(join(tmpdir(), 'bn-lab-bench-'));
  await buildAll(outDir);
  const server = await preview({
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return {
    url,
    outDir,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

interface ManifestChunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly css?: readonly string[];
  readonly assets?: readonly string[];
}

export interface InitialLoad {
  /** the entry chunk and its static imports, each file's gzip summed */
  readonly jsGzip: number;
  readonly jsFiles: readonly string[];
  /** their CSS, gzipped */
  readonly cssGzip: number;
  /** the worker's chunk (loaded at start-up, outside the static imports), gzipped */
  readonly workerGzip: number;
}

/** What index.html pulls in before any user action, from the build's manifest (dynamic imports left out). */
export function initialLoad(outDir: string): InitialLoad {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry && key.endsWith('index.html'));
  if (!entry) throw new Error('no index.html entry in the build manifest');
  const keys = new Set<string>();
  const visit = (key: string) => {
    if (keys.has(key)) return;
    keys.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  visit(entry);
  const chunks = [...keys].map((key) => manifest[key]);
  const gzip = (files: readonly string[]) =>
    files.reduce((sum, file) => sum + gzipSync(readFileSync(join(outDir, file))).length, 0);
  const jsFiles = chunks.map((c) => c.file);
  return {
    jsGzip: gzip(jsFiles),
    jsFiles,
    cssGzip: gzip(chunks.flatMap((c) => c.css ?? [])),
    workerGzip: gzip(chunks.flatMap((c) => c.assets ?? []).filter((file) => /worker.*\.js$/.test(file))),
  };
}
