/** TensorFlow.js 4.22 in Node on its cpu and wasm backends, on paper-fig1's twin step (see bench-tfjs-step.ts). */

import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { Dataset } from '../data/dataset.ts';
import type { TimingOptions } from './bench-stats.ts';
import { benchTfjs, type TfjsResult } from './bench-tfjs-step.ts';

/** The folder of the backend's .wasm files, with the trailing slash setWasmPaths wants as a prefix. */
function wasmDir(): string {
  return `${dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm'))}/`;
}

/** Both backends, cpu first; the wasm backend on one thread (as our engine and the native reference). */
export async function benchTfjsNode(data: Dataset, steps: number, timing: TimingOptions = {}): Promise<TfjsResult[]> {
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setWasmPaths(wasmDir());
  const results: TfjsResult[] = [];
  for (const backend of ['cpu', 'wasm'] as const) results.push(await benchTfjs(backend, data, steps, timing));
  return results;
}
