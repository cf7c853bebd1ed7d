/** Named configs. Plain data: the UI reads them too. */

import { PLAIN_AND_BN, type RunConfig } from '../protocol/config.ts';

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

export const PRESETS: Readonly<Record<string, RunConfig>> = {
  'paper-fig1': paperFig1,
  'moons-quick': moonsQuick,
};

export const DEFAULT_PRESET = 'paper-fig1';
