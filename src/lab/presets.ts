/** Named configs. Plain data: the UI reads them too. */

import { configsEqual } from '../protocol/config-change.ts';
import { namedNets, PLAIN_AND_BN, type RunConfig } from '../protocol/config.ts';

/** Ioffe & Szegedy 2015, Figure 1: MNIST, 784-100-100-100-10 sigmoid, small Gaussian init, SGD. */
const paperFig1: RunConfig = {
  dataset: 'mnist',
  inputDim: 784,
  hidden: [100, 100, 100],
  activation: 'sigmoid',
  init: { kind: 'gauss', sigma: 0.01 },
  batchSize: 60,
  lr: 1.0,
  momentum: 0,
  initSeed: 1,
  dataSeed: 2,
  steps: 50_000,
  probeEvery: 500,
  probeSize: 0,
  nets: PLAIN_AND_BN,
};

/** Two moons in 2-D with a small net: a whole run takes well under a second. */
const moonsQuick: RunConfig = {
  dataset: 'moons',
  inputDim: 2,
  hidden: [16, 16],
  activation: 'sigmoid',
  init: { kind: 'gauss', sigma: 0.5 },
  batchSize: 32,
  lr: 0.5,
  momentum: 0,
  initSeed: 1,
  dataSeed: 2,
  steps: 300,
  probeEvery: 50,
  probeSize: 0,
  nets: PLAIN_AND_BN,
};

/** Figure 1's network and data for a scene of the lessons, with other nets, rates, init or length. */
function fig1With(change: Partial<RunConfig>): RunConfig {
  return { ...paperFig1, probeEvery: 100, ...change };
}

/**
 * The lessons' scenes (names as in `?scene=` and `--scene`), in teaching order; each text lives with the UI.
 * `fig1` is the paper's run itself; the others are shorter, long enough to make their point.
 */
const SCENE_CONFIGS: Readonly<Record<string, RunConfig>> = {
  fig1: paperFig1,
  // σ = 1 on 784 inputs: pre-activations of spread ≈ ‖x‖ ≈ 9, deep in the sigmoid's flat tails
  saturation: fig1With({ init: { kind: 'gauss', sigma: 1 }, steps: 2000 }),
  'center-trap': fig1With({
    steps: 2000,
    nets: namedNets([{ norm: 'center-stopgrad' }, { norm: 'bn' }, { norm: 'none' }]),
  }),
  'why-gamma-beta': fig1With({ steps: 5000, nets: namedNets([{ norm: 'bn' }, { norm: 'bn-fixed' }]) }),
  'high-lr': fig1With({ lr: 30, steps: 2000 }),
  // the paper's BN-x30: BN at 30 times the plain net's rate
  'high-lr-x30': fig1With({
    steps: 2000,
    nets: namedNets([
      { norm: 'none', lr: 1 },
      { norm: 'bn', lr: 30 },
    ]),
  }),
  'scale-invariance': fig1With({ steps: 1000 }),
  inference: fig1With({ steps: 2000 }),
  regularizer: fig1With({ steps: 2000 }),
  // Santurkar et al. 2018: noisy BN beside plain and BN, with all three of their measurements at every probe
  santurkar: fig1With({
    steps: 5000,
    nets: namedNets([{ norm: 'none' }, { norm: 'bn' }, { norm: 'noisy-bn' }]),
    measure: { shift: true, ics: true, landscape: true },
  }),
};

export const SCENE_NAMES: readonly string[] = Object.keys(SCENE_CONFIGS);

export const PRESETS: Readonly<Record<string, RunConfig>> = {
  'paper-fig1': paperFig1,
  ...SCENE_CONFIGS,
  'moons-quick': moonsQuick,
};

export const DEFAULT_PRESET = 'paper-fig1';

/** Two presets that train the very same run. */
function sameRun(a: string, b: string): boolean {
  return configsEqual(PRESETS[a], PRESETS[b]);
}

/**
 * The runs shipped precomputed with the site, by preset: Figure 1 in full and every other scene at its own length
 * (`fig1` is Figure 1's config itself, so it is not listed twice).
 */
export const PRECOMPUTED_RUNS: readonly string[] = [
  DEFAULT_PRESET,
  ...SCENE_NAMES.filter((name) => !sameRun(name, DEFAULT_PRESET)),
];

/** The runs `npm run precompute` writes: one per config (scenes of one config, e.g. inference and regularizer, share it). */
export const PRECOMPUTED_FILES: readonly string[] = PRECOMPUTED_RUNS.filter(
  (name, i) => PRECOMPUTED_RUNS.findIndex((other) => sameRun(other, name)) === i,
);

/** Where a preset's precomputed run lives, relative to the page (and to public/ in the repository). */
export function precomputedPath(name: string): string {
  return `runs/${PRECOMPUTED_FILES.find((file) => sameRun(file, name)) ?? name}.json.gz`;
}
