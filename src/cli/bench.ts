/**
 * `npm run bench`: speed and memory of the engine and the twin run, on MNIST (paper-fig1's net).
 * Prints a table; `--json FILE` also writes the numbers. Timings are medians over repeated blocks.
 */

import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Dataset } from '../data/dataset.ts';
import { loadMnistNode } from '../data/mnist-node.ts';
import { BatchStream, gatherBatch } from '../data/batch-stream.ts';
import { drawInitialWeights } from '../engine/init.ts';
import { createMlp } from '../engine/mlp.ts';
import { mulberry32 } from '../engine/rng.ts';
import { Sgd } from '../engine/sgd.ts';
import { PRESETS } from '../lab/presets.ts';
import { datasetFor } from '../lab/dataset-for.ts';
import { probeNet } from '../lab/probe.ts';
import { TwinRun } from '../lab/twin-run.ts';
import type { RunConfig } from '../protocol/config.ts';
import { ConfigError, LIMITS, validateConfig } from '../protocol/validate-config.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median per-call time in ms of `fn`, over `blocks` blocks of `calls` calls after a warm-up block. */
function time(fn: () => void, calls: number, blocks = 5): number {
  for (let i = 0; i < calls; i++) fn();
  const per: number[] = [];
  for (let b = 0; b < blocks; b++) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) fn();
    per.push((performance.now() - t0) / calls);
  }
  return median(per);
}

function trainStepMs(data: Dataset, bn: boolean): number {
  const config = PRESETS['paper-fig1'];
  const sizes = [784, ...config.hidden, 10];
  const mlp = createMlp(
    {
      inputSize: 784,
      hidden: config.hidden,
      outputSize: 10,
      activation: 'sigmoid',
      norm: bn ? 'bn' : 'none',
      rowCapacity: 60,
    },
    drawInitialWeights(sizes, config.init, 1),
  );
  const sgd = new Sgd(mlp.params());
  const stream = new BatchStream(mulberry32(2), data.train.rows, 60);
  const idx = new Int32Array(60);
  const x = new Float32Array(60 * 784);
  const y = new Uint8Array(60);
  return time(() => {
    stream.next(idx);
    gatherBatch(data.train, idx, x, y);
    mlp.forward(x, 60, 'train');
    mlp.loss(y, 60);
    mlp.backward();
    sgd.step(0.1);
  }, 100);
}

/** The widest, deepest net the lab accepts, at the largest batch that still fits its memory limit. */
function largestConfig(): RunConfig {
  const [, width] = LIMITS.width;
  const [, depth] = LIMITS.depth;
  const base = { ...PRESETS['paper-fig1'], hidden: Array<number>(depth).fill(width), probeSize: 1000 };
  for (let batchSize: number = LIMITS.batchSize[1]; batchSize > 1; batchSize = Math.floor(batchSize * 0.9)) {
    try {
      return validateConfig({ ...base, batchSize });
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
    }
  }
  throw new Error('no batch size fits');
}

/**
 * How long the worker may be deaf to a Pause at the largest config: it checks for messages after every slice of a
 * step, so the answer time is at most a tick (30 ms) plus the longest slice. Also the whole step, for comparison.
 */
function longestSliceMs(data: Dataset): { config: RunConfig; sliceMs: number; stepMs: number } {
  const config = largestConfig();
  const run = new TwinRun({ ...config, steps: 10, probeEvery: 1e6 }, data, { retainProbes: false });
  let sliceMs = 0;
  const t0 = performance.now();
  const step = run.advanceSlices();
  for (let done = false, t = performance.now(); !done; t = performance.now()) {
    done = step.next().done ?? false;
    sliceMs = Math.max(sliceMs, performance.now() - t);
  }
  return { config, sliceMs, stepMs: performance.now() - t0 };
}

function main(): void {
  const { values } = parseArgs({ options: { json: { type: 'string' } } });
  const data = loadMnistNode();
  const results: Record<string, number> = {};
  const report = (name: string, value: number) => {
    results[name] = value;
    console.log(`${name.padEnd(48)} ${Number.isInteger(value) ? value : value.toFixed(2)}`);
  };
  report('plain train step, 784-100-100-100-10, batch 60 (ms)', trainStepMs(data, false));
  report('BN train step (ms)', trainStepMs(data, true));
  const run = new TwinRun({ ...PRESETS['paper-fig1'], steps: 1e6, probeEvery: 1e6 }, data, { retainProbes: false });
  const twin = time(() => run.advance(), 100);
  report('twin lockstep step (ms)', twin);
  report('twin steps/s, no probes', 1000 / twin);
  const context = { probeSet: data.test, train: data.train, batchSize: 60, activation: 'sigmoid' } as const;
  report(
    'probe of both nets on 2,000 test digits (ms)',
    time(() => run.nets.forEach((net) => probeNet(net, run.step, context)), 1, 3),
  );
  const largest = longestSliceMs(data);
  const name = `${largest.config.hidden.length} × ${largest.config.hidden[0]}, batch ${largest.config.batchSize}`;
  report(`largest config (${name}): one twin step (ms)`, largest.stepMs);
  report('  its longest slice: the bound on Pause latency (ms)', largest.sliceMs);
  // the memory budget: a long run probed every step on a small net keeps at most MAX_PROBES probes a net
  const heapBefore = process.memoryUsage().heapUsed;
  const moons = { ...PRESETS['moons-quick'], hidden: [32, 32], steps: 2500, probeEvery: 1 };
  const long = new TwinRun(moons, datasetFor(moons, null));
  while (!long.finished) long.advance();
  report('2,500 probes a net: probes kept', long.history.nets.plain.probes.length);
  report('2,500 probes a net: heap growth (MB)', (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20);
  if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2) + '\n');
}

main();
