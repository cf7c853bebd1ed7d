/** Command-line flags of `npm run lab` → a validated RunConfig plus output options. */

import type { Backend } from '../engine/kernels.ts';
import { parseArgs } from 'node:util';
import { PRESETS, SCENE_NAMES } from '../lab/presets.ts';
import { withDataset, type NetSpec, type RunConfig } from '../protocol/config.ts';
import { ConfigError, parseInit, parseNets, validateConfig } from '../protocol/validate-config.ts';

export const USAGE = `Usage: npm run lab -- [options]
       npm run lab -- sweep [options]   a learning-rate sweep on every core (npm run lab -- sweep --help)

Runs the experiment (one to four nets in lockstep, plain and BN by default) headless.

  --scene NAME         a lesson's scene, and print the numbers that make its point:
                       ${SCENE_NAMES.join(' | ')}
  --preset NAME        ${Object.keys(PRESETS).join(' | ')} (default paper-fig1)
  --steps N            SGD updates to run
  --nets KINDS         1–4 of none | bn | bn-fixed | center-stopgrad | noisy-bn, e.g. none,bn,noisy-bn
                       (default none,bn);
                       nets are named after their kinds: plain, bn, bn-fixed, …, plain-2 for a second plain net
  --lr X               learning rate of every net
  --lr-NAME X          learning rate of the net NAME only, e.g. --lr-plain 0.1 --lr-bn 30 --lr-bn-2 5
  --momentum X         SGD momentum (default 0)
  --init SPEC          gauss:0.01 | torchdefault | xavier
  --seed N             init seed
  --data-seed N        batch order (and synthetic data) seed
  --probe-every N      probe every N updates (and at 0 and the last step)
  --probe-size N       test samples the probes use (0 = the whole test set)
  --batch N            mini-batch size
  --hidden 100,100,100 hidden layer widths
  --activation NAME    sigmoid | tanh | relu
  --dataset NAME       mnist | moons | spiral | blobs
  --input-dim N        input dimension of the synthetic sets
  --shift              measure at every probe how far each layer's sigmoid inputs moved since the last one
                       (mean over units of |Δmean| and |Δstd|)
  --ics                measure at every probe gradient ICS per layer (Santurkar et al. 2018, Def. 2.1):
                       ‖G − G′‖₂ and cos(G, G′)
  --landscape          measure at every probe the loss along the gradient, η = ½, 1, 2, 4 × lr: its range,
                       the gradient predictiveness and the effective β-smoothness
  --backend NAME       wasm (WebAssembly SIMD, the default, as the page) | ts (the TypeScript reference kernels)
  --out FILE           write the whole history as JSON
  --csv DIR            write the history as CSV tables into DIR
  --quiet              no progress output
  --help               this text`;

export interface CliOptions {
  readonly config: RunConfig;
  /** the kernels to run on (engine/kernels.ts); the TypeScript ones where WebAssembly SIMD is missing */
  readonly backend: Backend;
  /** the scene whose numbers to print after the run */
  readonly scene?: string;
  readonly out?: string;
  readonly csv?: string;
  readonly quiet: boolean;
  readonly help: boolean;
}

/** The flags that pick the data, the network and how it trains: a run and a sweep share them. */
export const SHARED_OPTIONS = {
  preset: { type: 'string' },
  scene: { type: 'string' },
  nets: { type: 'string' },
  momentum: { type: 'string' },
  init: { type: 'string' },
  seed: { type: 'string' },
  'data-seed': { type: 'string' },
  'probe-size': { type: 'string' },
  batch: { type: 'string' },
  hidden: { type: 'string' },
  activation: { type: 'string' },
  dataset: { type: 'string' },
  'input-dim': { type: 'string' },
  backend: { type: 'string' },
  out: { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

/** The values of the shared flags that shape the config. */
export type SharedValues = Partial<
  Record<Exclude<keyof typeof SHARED_OPTIONS, 'nets' | 'backend' | 'out' | 'quiet' | 'help'>, string>
>;

const options = {
  ...SHARED_OPTIONS,
  steps: { type: 'string' },
  lr: { type: 'string' },
  'probe-every': { type: 'string' },
  shift: { type: 'boolean' },
  ics: { type: 'boolean' },
  landscape: { type: 'boolean' },
  csv: { type: 'string' },
} as const;

/** A number flag: the whole text must be a number (`--steps 5k` is an error, not 5). */
export function num(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || Number.isNaN(value)) throw new ConfigError(`--${flag} must be a number, got "${text}"`);
  return value;
}

function hidden(text: string | undefined): number[] | undefined {
  if (text === undefined) return undefined;
  return text.split(',').map((w) => num('hidden', w) ?? NaN);
}

/**
 * Takes the `--lr-NAME X` (or `--lr-NAME=X`) flags out of argv: the net names depend on --nets, so parseArgs
 * cannot know them in advance.
 */
function takeNetLrs(argv: readonly string[]): { rest: string[]; lrs: [string, string | undefined][] } {
  const rest: string[] = [];
  const lrs: [string, string | undefined][] = [];
  for (let i = 0; i < argv.length; i++) {
    const match = /^--lr-([a-z][a-z0-9-]*)(?:=(.*))?$/.exec(argv[i]);
    if (!match) rest.push(argv[i]);
    else if (match[2] !== undefined) lrs.push([match[1], match[2]]);
    else lrs.push([match[1], argv[++i]]);
  }
  return { rest, lrs };
}

function withNetLrs(nets: readonly NetSpec[], lrs: readonly [string, string | undefined][]): readonly NetSpec[] {
  return lrs.reduce((all, [name, text]) => {
    if (!all.some((n) => n.name === name)) {
      throw new ConfigError(
        `--lr-${name}: there is no net named ${name} (the nets are ${all.map((n) => n.name).join(', ')})`,
      );
    }
    const lr = num(`lr-${name}`, text ?? '');
    return all.map((n) => (n.name === name ? { ...n, lr } : n));
  }, nets);
}

export function parseNetsFlag(text: string): NetSpec[] {
  try {
    return parseNets(text);
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(`--nets: ${error.message}`);
    throw error;
  }
}

/** The named config of --scene or --preset (default paper-fig1), moved to --dataset if one is given. */
export function presetOf(v: SharedValues): RunConfig {
  if (v.scene !== undefined && !SCENE_NAMES.includes(v.scene)) {
    throw new ConfigError(`--scene must be one of ${SCENE_NAMES.join(', ')}, got ${v.scene}`);
  }
  if (v.scene !== undefined && v.preset !== undefined) throw new ConfigError('give --scene or --preset, not both');
  const presetName = v.scene ?? v.preset ?? 'paper-fig1';
  const named = PRESETS[presetName];
  if (!named) throw new ConfigError(`--preset must be one of ${Object.keys(PRESETS).join(', ')}, got ${presetName}`);
  return v.dataset === undefined ? named : withDataset(named, v.dataset as RunConfig['dataset']);
}

/** The preset with the shared flags applied, not yet validated. */
export function withSharedFlags(preset: RunConfig, v: SharedValues): RunConfig {
  return {
    ...preset,
    inputDim: num('input-dim', v['input-dim']) ?? preset.inputDim,
    hidden: hidden(v.hidden) ?? preset.hidden,
    activation: (v.activation ?? preset.activation) as RunConfig['activation'],
    init: v.init === undefined ? preset.init : parseInit(v.init),
    batchSize: num('batch', v.batch) ?? preset.batchSize,
    momentum: num('momentum', v.momentum) ?? preset.momentum,
    initSeed: num('seed', v.seed) ?? preset.initSeed,
    dataSeed: num('data-seed', v['data-seed']) ?? preset.dataSeed,
    probeSize: num('probe-size', v['probe-size']) ?? preset.probeSize,
  };
}

export function parseBackend(text: string | undefined): Backend {
  const backend = text ?? 'wasm';
  if (backend !== 'wasm' && backend !== 'ts') throw new ConfigError(`--backend must be wasm or ts, got ${backend}`);
  return backend;
}

/** Throws a ConfigError (or node's ERR_PARSE_ARGS_* TypeError) naming what is wrong. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  const { rest, lrs } = takeNetLrs(argv);
  const { values: v, positionals } = parseArgs({ args: rest, options, strict: true, allowPositionals: true });
  if (positionals.length > 0) throw new ConfigError(`unexpected argument "${positionals[0]}" (flags start with --)`);
  const preset = presetOf(v);
  const kinds = v.nets === undefined ? preset.nets : parseNetsFlag(v.nets);
  const nets = withNetLrs(kinds, lrs);
  const config = validateConfig({
    ...withSharedFlags(preset, v),
    lr: num('lr', v.lr) ?? preset.lr,
    steps: num('steps', v.steps) ?? preset.steps,
    probeEvery: num('probe-every', v['probe-every']) ?? preset.probeEvery,
    nets,
    measure: {
      shift: (v.shift ?? false) || (preset.measure?.shift ?? false),
      ics: (v.ics ?? false) || (preset.measure?.ics ?? false),
      landscape: (v.landscape ?? false) || (preset.measure?.landscape ?? false),
    },
  });
  return {
    config,
    backend: parseBackend(v.backend),
    scene: v.scene,
    out: v.out,
    csv: v.csv,
    quiet: v.quiet ?? false,
    help: v.help ?? false,
  };
}

/** The parsed flags, or one line on stderr naming what is wrong and exit code 2. */
export function parseOrExit<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    process.stderr.write(`lab: ${error instanceof Error ? error.message : String(error)} (see --help)\n`);
    process.exit(2);
  }
}
