/**
 * The page end of `bench:browser`'s TensorFlow.js comparison, bundled by bench-dist.ts: fetches the MNIST the app
 * serves and offers `window.benchTfjs(timing)`, which runs bench-tfjs-step.ts on the cpu and wasm backends.
 */

import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { fetchMnist } from '../data/mnist-fetch.ts';
import type { TimingOptions } from './bench-stats.ts';
import { benchTfjs, type TfjsResult } from './bench-tfjs-step.ts';

/** What this module adds to the page's window. */
export interface TfjsPage {
  benchTfjs(timing: TimingOptions): Promise<TfjsResult[]>;
}

async function run(timing: TimingOptions): Promise<TfjsResult[]> {
  const data = await fetchMnist(new URL('data/mnist.bin.gz', document.baseURI).href);
  // one thread, as our engine's worker and the native reference
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setWasmPaths({
    'tfjs-backend-wasm.wasm': wasmPlain,
    'tfjs-backend-wasm-simd.wasm': wasmSimd,
    'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded,
  });
  const results: TfjsResult[] = [];
  for (const backend of ['cpu', 'wasm'] as const) results.push(await benchTfjs(backend, data, 3, timing));
  return results;
}

const page: TfjsPage = { benchTfjs: run };
Object.assign(window, page);
