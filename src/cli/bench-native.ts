/**
 * The native reference: scripts/bench-native.py, paper-fig1's twin step in float32 numpy on one OpenBLAS thread,
 * fed our training split, our batches in the run's order and our initial weights. Null when python3 or numpy is
 * missing (the bench says so and carries on).
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../data/dataset.ts';
import { Fig1Batches, fig1Weights, FIG1, FIG1_SIZES, type TwinKind } from './bench-fig1.ts';

const SCRIPT = fileURLToPath(new URL('../../scripts/bench-native.py', import.meta.url));
/** Batches handed to the script; it cycles through them. */
const BATCHES = 500;

interface NativeResult {
  readonly numpy: string;
  readonly blas: string;
  readonly threads: number;
  readonly plainMs: number;
  readonly bnMs: number;
  readonly twinMs: number;
  readonly losses: Record<TwinKind, number[]>;
}

export type NativeOutcome =
  { readonly ok: true; readonly result: NativeResult } | { readonly ok: false; readonly why: string };

/** The files the script's --data reads: meta.json, x.f32, y.u8, idx.i32, W1.f32, b1.f32, … */
function writeInputs(dir: string, data: Dataset): void {
  const bytes = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  writeFileSync(join(dir, 'meta.json'), JSON.stringify({ sizes: FIG1_SIZES, batch: FIG1.batchSize, lr: FIG1.lr }));
  writeFileSync(join(dir, 'x.f32'), bytes(data.train.x));
  writeFileSync(join(dir, 'y.u8'), bytes(data.train.y));
  const batches = new Fig1Batches(data);
  const idx = new Int32Array(BATCHES * FIG1.batchSize);
  for (let b = 0; b < BATCHES; b++) idx.set(batches.next(), b * FIG1.batchSize);
  writeFileSync(join(dir, 'idx.i32'), bytes(idx));
  const weights = fig1Weights();
  weights.weights.forEach((W, l) => writeFileSync(join(dir, `W${l + 1}.f32`), bytes(Float32Array.from(W))));
  weights.biases.forEach((b, l) => writeFileSync(join(dir, `b${l + 1}.f32`), bytes(Float32Array.from(b))));
}

/** Runs the script on our data, with `blocks` timed blocks of at least `minBlockMs` each. */
export function benchNative(data: Dataset, blocks = 5, minBlockMs = 250): NativeOutcome {
  const dir = mkdtempSync(join(tmpdir(), 'bn-lab-native-'));
  try {
    writeInputs(dir, data);
    const args = [SCRIPT, '--data', dir, '--blocks', String(blocks), '--min-block-ms', String(minBlockMs)];
    const run = spawnSync('python3', args, { encoding: 'utf8', timeout: 600_000 });
    if (run.error) return { ok: false, why: `python3 did not run (${run.error.message})` };
    if (run.status !== 0) {
      const last = run.stderr.trim().split('\n').pop() ?? '';
      return { ok: false, why: /numpy/i.test(last) ? 'numpy is not installed' : `python3 failed: ${last}` };
    }
    return { ok: true, result: JSON.parse(run.stdout) as NativeResult };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
