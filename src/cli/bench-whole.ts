/**
 * The whole paper-fig1 run in Node: read and decode MNIST, build the twins (with the step-0 probe), then 50,000
 * steps probed every 500 on all 2,000 test digits. Twice: with both nets in one thread (TwinRun's lockstep), and as
 * `npm run lab -- --preset paper-fig1` runs it, a worker thread per net (thread-run.ts); the two must give the same
 * fingerprint.
 */

import { loadMnistNode } from '../data/mnist-node.ts';
import { TwinRun } from '../lab/twin-run.ts';
import { runFingerprint } from '../protocol/history-fingerprint.ts';
import { FIG1 } from './bench-fig1.ts';
import { Progress } from './progress.ts';
import { runInThreads } from './thread-run.ts';

export interface WholeRun {
  /** steps run, and the preset's (they differ when shortened with --whole-steps) */
  readonly steps: number;
  readonly fullSteps: number;
  readonly probeEvery: number;
  /** probes of each net, the step-0 one included */
  readonly probes: number;
  /** reading and decoding MNIST */
  readonly loadMs: number;
  /** loading plus building the twins and their step-0 probe */
  readonly startupMs: number;
  /** from before loading the data to the last step's probe */
  readonly totalMs: number;
  /** the probes after step 0: the probed steps' time beyond an unprobed step's, summed */
  readonly probeMs: number;
  /** for a shortened run: start-up plus the steps' time scaled to fullSteps (an estimate); else totalMs */
  readonly fullMs: number;
  /** fullMs per twin step: the whole run's cost of a step, start-up, data and probes included */
  readonly msPerTwinStep: number;
  /** of every probe's numbers (src/protocol/history-fingerprint.ts) */
  readonly fingerprint: string;
}

/** The run with a worker thread per net: only the total is timed (each thread loads its own data). */
export interface ThreadedWholeRun {
  readonly steps: number;
  readonly fullSteps: number;
  readonly threads: number;
  readonly totalMs: number;
  /** for a shortened run: totalMs scaled to fullSteps (an estimate, start-up scaled too); else totalMs */
  readonly fullMs: number;
  readonly msPerTwinStep: number;
  readonly fingerprint: string;
}

export async function wholeRunThreads(steps: number = FIG1.steps): Promise<ThreadedWholeRun> {
  const t0 = performance.now();
  const progress = new Progress(process.stderr, steps);
  const history = await runInThreads({ ...FIG1, steps }, undefined, (step) => progress.update(step));
  progress.finish();
  const totalMs = performance.now() - t0;
  const fullMs = (totalMs * FIG1.steps) / steps;
  return {
    steps,
    fullSteps: FIG1.steps,
    threads: FIG1.nets.length,
    totalMs,
    fullMs,
    msPerTwinStep: fullMs / FIG1.steps,
    fingerprint: runFingerprint(history),
  };
}

export function wholeRunNode(steps: number = FIG1.steps): WholeRun {
  const t0 = performance.now();
  const data = loadMnistNode();
  const loaded = performance.now();
  const run = new TwinRun({ ...FIG1, steps }, data);
  const started = performance.now();
  const progress = new Progress(process.stderr, steps);
  let probeStepMs = 0;
  let probed = 0;
  while (!run.finished) {
    const t = performance.now();
    if (run.advance() !== null) {
      probeStepMs += performance.now() - t;
      probed++;
    }
    progress.update(run.step);
  }
  progress.finish();
  const totalMs = performance.now() - t0;
  const startupMs = started - t0;
  const loopMs = totalMs - startupMs;
  const plainStepMs = (loopMs - probeStepMs) / Math.max(1, steps - probed);
  const fullMs = steps === FIG1.steps ? totalMs : startupMs + (loopMs * FIG1.steps) / steps;
  return {
    steps,
    fullSteps: FIG1.steps,
    probeEvery: FIG1.probeEvery,
    probes: run.history.nets.plain.probes.length,
    loadMs: loaded - t0,
    startupMs,
    totalMs,
    probeMs: probeStepMs - probed * plainStepMs,
    fullMs,
    msPerTwinStep: fullMs / FIG1.steps,
    fingerprint: runFingerprint(run.history),
  };
}
