/** The data set a config asks for: MNIST (loaded by the caller) or a seeded synthetic set. */

import type { Dataset } from '../data/dataset.ts';
import { makeSynthetic } from '../data/synthetic.ts';
import { mulberry32 } from '../engine/rng.ts';
import type { RunConfig } from '../protocol/config.ts';

/** Synthetic sets: 2,000 train and 500 test samples. */
const SYNTHETIC_SIZES = { trainSize: 2000, testSize: 500 } as const;

/**
 * The synthetic data are drawn from their own generator, seeded with the data seed XOR this constant, so the
 * batch-order generator (seeded with the data seed itself, as for MNIST) stays independent of the data draw.
 */
const SYNTHETIC_SEED_SALT = 0x5eed;

export function datasetFor(config: RunConfig, mnist: Dataset | null): Dataset {
  if (config.dataset === 'mnist') {
    if (!mnist) throw new Error('the MNIST data are not loaded yet');
    return mnist;
  }
  const rng = mulberry32((config.dataSeed ^ SYNTHETIC_SEED_SALT) >>> 0);
  return makeSynthetic(config.dataset, { inputDim: config.inputDim, ...SYNTHETIC_SIZES }, rng);
}
