/** Loading the PyTorch reference fixtures (tests/fixtures/README.md) and building nets for them. */

import { readFileSync } from 'node:fs';
import { drawInitialWeights } from '../../src/engine/init.ts';
import { createMlp, type Mlp } from '../../src/engine/mlp.ts';
import type { Precision } from '../../src/engine/floats.ts';
import { tsKernels, type Kernels } from '../../src/engine/kernels.ts';
import { createWasmKernels } from '../../src/engine/wasm-kernels.ts';

/** What a test runs the engine on: TypeScript kernels in float64 or float32, or the WebAssembly ones (float32). */
export type EnginePath = Precision | 'wasm';

/** The storage precision and the kernels of a path (a fresh WebAssembly instance each time). */
export function enginePath(path: EnginePath): { precision: Precision; kernels: Kernels } {
  if (path !== 'wasm') return { precision: path, kernels: tsKernels };
  const kernels = createWasmKernels();
  if (kernels === null) throw new Error('this Node has no WebAssembly SIMD');
  return { precision: 'f32', kernels };
}

type Nested = number[] | number[][];

export interface GradFixture {
  readonly net: 'plain' | 'bn';
  readonly sizes: number[];
  readonly eps: number;
  readonly param_order: string[];
  readonly x: number[][];
  readonly y: number[];
  readonly params: Record<string, Nested>;
  readonly expected: {
    readonly loss: number;
    readonly grads: Record<string, Nested>;
    readonly logits: number[][];
    readonly sigmoid_inputs?: number[][][];
    readonly batch_mean?: number[][];
    readonly batch_var_biased?: number[][];
  };
  readonly sgd: {
    readonly lr: number;
    readonly params_after_step: Record<string, Nested>;
    readonly loss_after_step_same_batch: number;
    readonly running_after_step?: { readonly momentum: number; readonly mean: number[][]; readonly var: number[][] };
    readonly eval_mode_logits_after_step?: number[][];
    readonly eval_mode_loss_after_step?: number;
  };
}

const cache = new Map<string, unknown>();

/** A fixture file from tests/fixtures, parsed once per test file. */
export function loadFixture<T>(file: string): T {
  if (!cache.has(file))
    cache.set(file, JSON.parse(readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')));
  return cache.get(file) as T;
}

/** A sigmoid net of the fixture's sizes and kind, holding the fixture's parameters. */
export function netForFixture(fx: GradFixture, path: EnginePath): Mlp {
  const sizes = fx.sizes;
  const { precision, kernels } = enginePath(path);
  const mlp = createMlp(
    {
      inputSize: sizes[0],
      hidden: sizes.slice(1, -1),
      outputSize: sizes[sizes.length - 1],
      activation: 'sigmoid',
      norm: fx.net === 'bn' ? 'bn' : 'none',
      precision,
      kernels,
    },
    drawInitialWeights(sizes, { kind: 'gauss', sigma: 0.01 }, 1),
  );
  mlp.loadJson(fx.params);
  return mlp;
}

/** The fixture's x, row-major; the full fixtures were fed float32-rounded pixels (README), so round those. */
export function fixtureInput(fx: GradFixture, precision: Precision, roundToF32: boolean): Float32Array | Float64Array {
  const flat = fx.x.flat().map((v) => (roundToF32 ? Math.fround(v) : v));
  return precision === 'f64' ? Float64Array.from(flat) : Float32Array.from(flat);
}
