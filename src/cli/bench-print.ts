/** The Node bench's tables: the contenders on paper-fig1's step, the whole run, the scaling table, the soak. */

import { TWIN, type TwinKind } from './bench-fig1.ts';
import type { StepTimes } from './bench-engine.ts';
import type { NativeOutcome } from './bench-native.ts';
import { duration, num, table } from './bench-report.ts';
import type { ScalingRow } from './bench-scaling.ts';
import type { Soak } from './bench-soak.ts';
import type { TfjsResult } from './bench-tfjs-step.ts';
import type { ThreadedWholeRun, WholeRun } from './bench-whole.ts';

/** Agreement of the first losses with our engine's, beyond which a contender does not compute the same step. */
const LOSS_TOLERANCE = 1e-3;

export function tfjsName(r: TfjsResult): string {
  const wasm = r.backend === 'wasm' ? ` (SIMD ${r.simd ? 'on' : 'off'}, ${r.threads ? 'threads' : '1 thread'})` : '';
  return `TensorFlow.js ${r.version} ${r.backend}${wasm}`;
}

/** One row a contender: steps/s of each net alone and of the twin step, its ms, and that ÷ ours (ours is that many times faster). */
export function contendersTable(ours: StepTimes, tfjs: readonly TfjsResult[], native: NativeOutcome | null): string {
  const row = (name: string, t: StepTimes) => [
    name,
    num(1000 / t.plainMs),
    num(1000 / t.bnMs),
    num(1000 / t.twinMs),
    num(t.twinMs),
    num(t.twinMs / ours.twinMs),
  ];
  const rows = [
    row('ours (TwinRun.advance, WebAssembly SIMD kernels)', ours),
    ...tfjs.map((r) => row(tfjsName(r), r)),
    ...(native?.ok
      ? [row(`native numpy ${native.result.numpy}, ${native.result.blas} (1 thread)`, native.result)]
      : native
        ? [[`native: not available (${native.why})`]]
        : []),
  ];
  const head = [
    'paper-fig1 step, batch 60',
    'plain steps/s',
    'BN steps/s',
    'twin steps/s',
    'twin ms',
    'twin ms ÷ ours',
  ];
  return table(head, rows);
}

/** The largest |theirs − ours| over the first losses of both nets. */
export function lossGap(theirs: Record<TwinKind, number[]>, ours: Record<TwinKind, number[]>): number {
  return Math.max(...TWIN.flatMap((k) => ours[k].map((l, i) => Math.abs((theirs[k][i] ?? NaN) - l))));
}

/** The oracle check: each contender's first losses against ours. */
export function lossCheck(
  ours: Record<TwinKind, number[]>,
  tfjs: readonly TfjsResult[],
  native: NativeOutcome | null,
): string {
  const gaps = [
    ...tfjs.map((r) => [tfjsName(r), lossGap(r.losses, ours)] as const),
    ...(native?.ok ? [['native numpy', lossGap(native.result.losses, ours)] as const] : []),
  ];
  const steps = ours.none.length;
  const first = TWIN.map((k) => `${k === 'none' ? 'plain' : 'BN'} ${ours[k].map((l) => l.toFixed(4)).join(', ')}`);
  const lines = gaps.map(([name, gap]) => {
    const ok = gap <= LOSS_TOLERANCE ? '✓' : '✗ (not the same step!)';
    return `  ${name}: largest |Δ| ${gap.toExponential(1)} ${ok}`;
  });
  return [`first ${steps} losses, ours: ${first.join('; ')} — each contender within ${LOSS_TOLERANCE}?`, ...lines]
    .join('\n')
    .concat('\n');
}

export function wholeRunText(w: WholeRun, where = 'Node'): string {
  const probes = `${w.probes} probes a net on all 2,000 test digits`;
  const head = `whole paper-fig1 run in ${where}: ${num(w.steps)} twin steps, a probe every ${w.probeEvery} (${probes})`;
  const took =
    `  took ${duration(w.totalMs)}: data ${duration(w.loadMs)}, start-up (data, twins, step-0 probe) ` +
    `${duration(w.startupMs)}, later probes ${duration(w.probeMs)}`;
  const per = `${num(w.msPerTwinStep)} ms per twin step, ${num(1000 / w.msPerTwinStep)} twin steps/s, start-up included`;
  const full =
    w.steps === w.fullSteps
      ? `  = ${per}`
      : `  SHORTENED (--whole-steps ${w.steps}): ESTIMATE for all ${num(w.fullSteps)} steps, scaled: ` +
        `${duration(w.fullMs)} = ${per}`;
  return [head, took, full].join('\n') + '\n';
}

export function threadedRunText(t: ThreadedWholeRun, oneThread: WholeRun | null): string {
  const head = `whole paper-fig1 run in Node, a worker thread per net (as npm run lab runs it): ${num(t.steps)} twin steps`;
  const per = `${num(t.msPerTwinStep)} ms per twin step, ${num(1000 / t.msPerTwinStep)} twin steps/s, start-up included`;
  const took =
    t.steps === t.fullSteps
      ? `  took ${duration(t.totalMs)} = ${per}`
      : `  took ${duration(t.totalMs)}; SHORTENED (--whole-steps ${t.steps}): ESTIMATE for all ${num(t.fullSteps)} ` +
        `steps, scaled: ${duration(t.fullMs)} = ${per}`;
  const same =
    oneThread === null
      ? `  fingerprint #${t.fingerprint}`
      : `  fingerprint #${t.fingerprint}: ${t.fingerprint === oneThread.fingerprint ? 'the same as one thread’s ✓' : `DIFFERS from one thread’s #${oneThread.fingerprint} ✗`}`;
  return [head, took, same].join('\n') + '\n';
}

export function scalingText(rows: readonly ScalingRow[]): string {
  return table(
    ['scaling: twin step on MNIST, depth × width', 'batch', 'MFLOP', 'ms', 'GFLOP/s'],
    rows.map((r) => [`${r.depth} × ${r.width}`, String(r.batch), num(r.flops / 1e6), num(r.ms), num(r.gflops)]),
  );
}

/** Every eighth of the samples, as "step: heap". */
function heapOverTime(s: Soak): string {
  const picks = Array.from({ length: 9 }, (_, i) => s.samples[Math.round((i * (s.samples.length - 1)) / 8)]);
  return [...new Set(picks)].map((p) => `${num(p.step)}: ${num(p.heapMb)}`).join(' · ');
}

export function soakText(s: Soak, fullSteps: number): string {
  const gc = s.forcedGc ? 'each after a forced gc' : 'WITHOUT a forced gc (run node with --expose-gc): noisy';
  const verdict = s.flat ? 'flat ✓' : 'GROWS ✗';
  const shortened = s.steps < fullSteps ? ` — SHORTENED with --soak-steps (the full soak: ${num(fullSteps)})` : '';
  return [
    `soak: ${num(s.steps)} twin steps of paper-fig1, a probe every ${s.probeEvery} (${num(s.probes)} probes a net), ` +
      `${duration(s.totalMs)}${shortened}`,
    `  heap sampled at every probe, ${gc}; MB by step: ${heapOverTime(s)}`,
    `  mean heap: first quarter ${num(s.firstQuartileMb)} MB, last quarter ${num(s.lastQuartileMb)} MB → ${verdict}`,
    `  rss: ${num(s.samples[0]?.rssMb ?? NaN)} MB at the start, ${num(s.samples.at(-1)?.rssMb ?? NaN)} MB at the end`,
  ].join('\n');
}
