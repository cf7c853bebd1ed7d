/**
 * `npm run precompute [-- NAME …]`: trains the runs the site ships (PRECOMPUTED_FILES: Figure 1 in full and every
 * scene at its own length, one run per config) exactly as `npm run lab -- --preset NAME` does, on the WebAssembly
 * kernels, and writes each as public/runs/NAME.json.gz (shipped-run.ts). Fails, writing nothing more, when a run
 * cannot fit in 1 MB.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRECOMPUTED_FILES, PRESETS, precomputedPath } from '../lab/presets.ts';
import { Progress } from './progress.ts';
import { shippedRun } from './shipped-run.ts';
import { trainRun } from './train-run.ts';

const PUBLIC = fileURLToPath(new URL('../../public/', import.meta.url));

function namesFrom(argv: readonly string[]): readonly string[] {
  const unknown = argv.filter((name) => !PRECOMPUTED_FILES.includes(name));
  if (unknown.length > 0) {
    process.stderr.write(
      `precompute: no precomputed run named ${unknown.join(', ')}; they are ${PRECOMPUTED_FILES.join(', ')}\n`,
    );
    process.exit(2);
  }
  return argv.length > 0 ? argv : PRECOMPUTED_FILES;
}

function precompute(name: string): string {
  const config = PRESETS[name];
  const start = performance.now();
  process.stderr.write(`${name}: ${config.steps.toLocaleString('en-US')} steps\n`);
  const progress = new Progress(process.stderr, config.steps);
  const run = trainRun(config, 'wasm', (step) => progress.update(step));
  progress.finish();
  const probes = Object.values(run.history.nets)[0].probes.length;
  const shipped = shippedRun(run.history);
  const path = `${PUBLIC}${precomputedPath(name)}`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, shipped.gzip);
  const kept = Object.values(shipped.history.nets)[0].probes.length;
  const seconds = ((performance.now() - start) / 1000).toFixed(0);
  return `${precomputedPath(name)}  ${(shipped.gzip.length / 1024).toFixed(0)} kB  ${kept} of ${probes} probes  ${seconds} s`;
}

function main(): void {
  const lines: string[] = [];
  for (const name of namesFrom(process.argv.slice(2))) {
    try {
      lines.push(precompute(name));
    } catch (error) {
      process.stderr.write(`precompute: ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    }
  }
  process.stdout.write(lines.join('\n') + '\n');
}

main();
