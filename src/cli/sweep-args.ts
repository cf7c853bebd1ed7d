/** Flags of `npm run lab -- sweep`: the base config as for a run, the sweep's rates, kinds and length, the pool. */

import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import type { Backend } from '../engine/kernels.ts';
import type { NormKind } from '../protocol/config.ts';
import { planSweep, SWEEP_LIMITS, type SweepPlan } from '../protocol/sweep.ts';
import { ConfigError, inRange } from '../protocol/validate-config.ts';
import { num, parseBackend, parseNetsFlag, presetOf, SHARED_OPTIONS, withSharedFlags } from './args.ts';

/** Each run's length when --steps is not given (or the preset's own, if shorter). */
const DEFAULT_STEPS = 2000;

export const SWEEP_USAGE = `Usage: npm run lab -- sweep [options]

Trains one net of each kind alone at K learning rates spaced evenly on a log scale, each run for N steps from the
same initial weights and batches, on every core, and reports each run's final test accuracy and loss.

  --nets KINDS         the kinds to sweep, each once: none | bn | bn-fixed | center-stopgrad | noisy-bn
                       (default: the preset's, none,bn)
  --lr-min X           the lowest rate (default 0.01)
  --lr-max X           the highest rate (default 100)
  --count K            how many rates, ${SWEEP_LIMITS.count.join('–')} (default 9: half decades from 0.01 to 100)
  --steps N            SGD updates per run (default ${DEFAULT_STEPS.toLocaleString('en-US')}, or the preset's length if shorter)
  --workers N          worker threads (default: the cores, ${availableParallelism()} here)
  --out FILE           write the results as JSON (atomically: FILE appears only when the sweep is complete);
                       without it, print a table
  --quiet              no progress output

  The network, data and training flags of a run apply to every run of the sweep: --preset, --scene, --dataset,
  --input-dim, --hidden, --activation, --init, --batch, --momentum, --seed, --data-seed, --probe-size, --backend.
  Each run probes every tenth of its steps; a run is stalled when its test accuracy stayed within 2 points of
  chance at each of its last 5 probes. Ctrl-C stops every worker, writes nothing and exits with code 130.`;

export interface SweepOptions {
  readonly plan: SweepPlan;
  readonly backend: Backend;
  /** worker threads to run the jobs on */
  readonly workers: number;
  readonly out?: string;
  readonly quiet: boolean;
  readonly help: boolean;
}

const options = {
  ...SHARED_OPTIONS,
  steps: { type: 'string' },
  'lr-min': { type: 'string' },
  'lr-max': { type: 'string' },
  count: { type: 'string' },
  workers: { type: 'string' },
} as const;

/** --nets for a sweep: kinds without rates of their own (the sweep sets the rate). */
function kindsOf(text: string): NormKind[] {
  if (text.includes('@')) throw new ConfigError('--nets: a sweep sets every rate itself, give kinds without @lr');
  return parseNetsFlag(text).map((net) => net.norm);
}

/** Throws a ConfigError (or node's ERR_PARSE_ARGS_* TypeError) naming what is wrong; argv follows `sweep`. */
export function parseSweepArgs(argv: readonly string[]): SweepOptions {
  const rate = argv.find((arg) => /^--lr(-(?!min\b|max\b)[a-z0-9-]+)?(=|$)/.test(arg));
  if (rate) throw new ConfigError(`${rate.split('=')[0]}: a sweep sets the rates with --lr-min, --lr-max and --count`);
  const { values: v, positionals } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  if (positionals.length > 0) throw new ConfigError(`unexpected argument "${positionals[0]}" (flags start with --)`);
  const preset = presetOf(v);
  const kinds = v.nets === undefined ? [...new Set(preset.nets.map((net) => net.norm))] : kindsOf(v.nets);
  const plan = planSweep(withSharedFlags(preset, v), {
    kinds,
    lrMin: num('lr-min', v['lr-min']) ?? 0.01,
    lrMax: num('lr-max', v['lr-max']) ?? 100,
    count: num('count', v.count) ?? 9,
    steps: num('steps', v.steps) ?? Math.min(DEFAULT_STEPS, preset.steps),
  });
  const workers = inRange('--workers', num('workers', v.workers) ?? availableParallelism(), [1, 256], true);
  return {
    plan,
    backend: parseBackend(v.backend),
    workers,
    out: v.out,
    quiet: v.quiet ?? false,
    help: v.help ?? false,
  };
}
