/** A valid config written out by hand (moons, 2×16 sigmoid, plain and BN), independent of the presets. */

import type { RunConfig } from '../../src/protocol/config.ts';

export const BASE: RunConfig = {
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
  nets: [
    { name: 'plain', norm: 'none' },
    { name: 'bn', norm: 'bn' },
  ],
};
