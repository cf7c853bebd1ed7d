/** A run as `npm run lab` trains it: the config's data set, every step to the last, on the chosen kernels. */

import { loadMnistNode } from '../data/mnist-node.ts';
import type { Backend } from '../engine/kernels.ts';
import { datasetFor } from '../lab/dataset-for.ts';
import { TwinRun } from '../lab/twin-run.ts';
import type { RunConfig } from '../protocol/config.ts';

/** Trains `config` to its last step; `onStep` hears the step after each update (for a progress bar). */
export function trainRun(config: RunConfig, backend?: Backend, onStep?: (step: number) => void): TwinRun {
  const dataset = datasetFor(config, config.dataset === 'mnist' ? loadMnistNode() : null);
  const run = new TwinRun(config, dataset, { backend });
  while (!run.finished) {
    run.advance();
    onStep?.(run.step);
  }
  return run;
}
