/**
 * `npm run bench`: the speed of the engine on paper-fig1 (Ioffe & Szegedy's Figure 1 net) against TensorFlow.js and
 * a native numpy/OpenBLAS step in the same process, probes, a scaling table, the largest config, the history budget
 * and the whole 50,000-step run; targets marked ✓/✗. `--soak` instead runs 200,000 steps and watches the heap.
 * Timings are medians over ≥ 5 blocks; only ratios within one run mean anything. `--help` lists the flags.
 */

import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Dataset } from '../data/dataset.ts';
import { loadMnistNode, MNIST_PATH } from '../data/mnist-node.ts';
import { FlagError, parseOrExit, positiveFlag, print } from './bench-args.ts';
import { historyBudget, largestStep, probeTimes, stepTimes, type StepTimes } from './bench-engine.ts';
import { fig1Losses, FIG1 } from './bench-fig1.ts';
import { benchNative, type NativeOutcome } from './bench-native.ts';
import {
  contendersTable,
  lossCheck,
  lossGap,
  scalingText,
  soakText,
  threadedRunText,
  wholeRunText,
} from './bench-print.ts';
import { duration, machineFacts, machineLine, num, target, targetTable, writeResults } from './bench-report.ts';
import { scalingTable } from './bench-scaling.ts';
import { soak, SOAK_STEPS } from './bench-soak.ts';
import type { TimingOptions } from './bench-stats.ts';
import type { TfjsResult } from './bench-tfjs-step.ts';
import { benchTfjsNode } from './bench-tfjs.ts';
import { wholeRunNode, wholeRunThreads, type ThreadedWholeRun } from './bench-whole.ts';

const SECTIONS = ['steps', 'tfjs', 'native', 'probes', 'scaling', 'largest', 'history', 'whole'] as const;
type Section = (typeof SECTIONS)[number];

const USAGE = `npm run bench -- [flags]
  --json FILE         also write every number to FILE
  --whole-steps N     shorten the whole paper-fig1 run to N steps (a multiple of 500; the output marks the estimate)
  --only LIST         run only these of ${SECTIONS.join(',')}
  --blocks N          timed blocks per median (default and least 5)
  --min-block-ms N    a block runs whole steps for at least this long (default 250)
  --soak              instead: ${SOAK_STEPS} twin steps probed every 100, the heap over time
  --soak-steps N      shorten the soak
  --help`;

function options() {
  const { values } = parseArgs({
    options: {
      json: { type: 'string' },
      'whole-steps': { type: 'string' },
      only: { type: 'string' },
      blocks: { type: 'string' },
      'min-block-ms': { type: 'string' },
      soak: { type: 'boolean' },
      'soak-steps': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const only = values.only?.split(',') ?? [...SECTIONS];
  const unknown = only.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length > 0) throw new FlagError(`--only takes ${SECTIONS.join(', ')}; got ${unknown.join(', ')}`);
  const timing: TimingOptions = {
    blocks: positiveFlag('blocks', values.blocks, 5, 5),
    minBlockMs: positiveFlag('min-block-ms', values['min-block-ms'], 250),
  };
  return {
    help: values.help ?? false,
    json: values.json,
    wholeSteps: positiveFlag('whole-steps', values['whole-steps'], FIG1.steps),
    only: new Set(only as Section[]),
    timing,
    soak: values.soak ?? false,
    soakSteps: positiveFlag('soak-steps', values['soak-steps'], SOAK_STEPS),
  };
}

type Options = ReturnType<typeof options>;

/** Ours, then TF.js and the native step in the same process right after, with the oracle check of their losses. */
async function contenders(data: Dataset, opts: Options) {
  const has = (s: Section) => opts.only.has(s);
  const ours = has('steps') ? stepTimes(data, opts.timing) : null;
  const oracle = fig1Losses(data);
  const tfjs = has('tfjs') ? await benchTfjsNode(data, oracle.none.length, opts.timing) : [];
  const { blocks, minBlockMs } = opts.timing;
  const native = has('native') ? benchNative(data, blocks, minBlockMs) : null;
  if (ours) print(contendersTable(ours, tfjs, native));
  if (tfjs.length > 0 || native?.ok) print(lossCheck(oracle, tfjs, native));
  const lossGaps = Object.fromEntries([
    ...tfjs.map((r) => [`tfjs-${r.backend}`, lossGap(r.losses, oracle)]),
    ...(native?.ok ? [['native', lossGap(native.result.losses, oracle)]] : []),
  ]);
  return { ours, tfjs, native, oracle, lossGaps };
}

/** Probes, the scaling table, the largest config and the history budget. */
function costs(data: Dataset, opts: Options) {
  const has = (s: Section) => opts.only.has(s);
  const probes = has('probes') ? probeTimes(data, { ...opts.timing, minBlockMs: 1 }) : null;
  if (probes) {
    const page = duration(probes.pageMs);
    print(
      `one probe of both nets: the CLI's (2,000 test digits) ${duration(probes.cliMs)}, the page's (1,000) ${page}`,
    );
  }
  const scaling = has('scaling') ? scalingTable(data, opts.timing) : null;
  if (scaling) print(scalingText(scaling));
  const largest = has('largest') ? largestStep(data) : null;
  if (largest) {
    const { hidden, batchSize } = largest.config;
    print(
      `largest config (${hidden.length} × ${hidden[0]}, batch ${batchSize}): one twin step ${duration(largest.stepMs)}, ` +
        `its longest slice ${duration(largest.sliceMs)} (the worker's bound on answering Pause, plus a 30 ms tick)`,
    );
  }
  const history = has('history') ? historyBudget() : null;
  if (history) {
    const growth = `heap +${num(history.heapGrowthMb)} MB`;
    print(`history budget: ${num(history.probes)} probes a net → ${history.kept} kept, ${growth}`);
  }
  return { probes, scaling, largest, history };
}

function nodeTargets(
  ours: StepTimes | null,
  tfjs: readonly TfjsResult[],
  native: NativeOutcome | null,
  whole: ThreadedWholeRun | null,
) {
  const wasm = tfjs.find((r) => r.backend === 'wasm');
  const estimate = whole && whole.steps !== whole.fullSteps ? ' (estimate: shortened run)' : '';
  return [
    target(
      `whole run in Node, a thread per net${estimate}: TF.js wasm twin step ÷ our run's time per twin step`,
      wasm && whole ? wasm.twinMs / whole.msPerTwinStep : null,
      15,
      'atLeast',
      '×',
    ),
    target(
      'our twin step vs native OpenBLAS on one core (native ms ÷ ours)',
      native?.ok && ours ? native.result.twinMs / ours.twinMs : null,
      0.35,
      'atLeast',
      '',
      native && !native.ok ? `native: not available (${native.why})` : 'not measured',
    ),
  ];
}

async function main(): Promise<void> {
  const opts = parseOrExit('bench', options);
  if (opts.help) return print(USAGE);
  const machine = machineFacts();
  print(`BN Lab bench · ${machineLine(machine)}`);
  const data = loadMnistNode();
  if (opts.soak) {
    const result = soak(data, opts.soakSteps);
    print(soakText(result, SOAK_STEPS));
    return writeResults(opts.json, { machine, soak: result });
  }
  const { blocks, minBlockMs } = opts.timing;
  print(`medians of ${blocks} blocks of ≥ ${minBlockMs} ms after a warm-up; only ratios within one run mean anything`);
  const steps = await contenders(data, opts);
  const other = costs(data, opts);
  const payload = statSync(MNIST_PATH).size;
  print(`data payload: public/data/mnist.bin.gz ${payload.toLocaleString('en-US')} bytes`);
  const whole = opts.only.has('whole') ? wholeRunNode(opts.wholeSteps) : null;
  if (whole) print(wholeRunText(whole, 'Node, both nets in one thread'));
  const threaded = opts.only.has('whole') ? await wholeRunThreads(opts.wholeSteps) : null;
  if (threaded) print(threadedRunText(threaded, whole));
  const targets = nodeTargets(steps.ours, steps.tfjs, steps.native, threaded);
  print(targetTable(targets));
  writeResults(opts.json, { machine, ...steps, ...other, payload, whole, threaded, targets });
}

await main();
