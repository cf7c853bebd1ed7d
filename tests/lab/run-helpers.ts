/** Small runs for the lab tests: a config from a preset with overrides, and the data set it asks for. */

import type { Dataset } from '../../src/data/dataset.ts';
import { loadMnistNode } from '../../src/data/mnist-node.ts';
import { datasetFor } from '../../src/lab/dataset-for.ts';
import { PRESETS } from '../../src/lab/presets.ts';
import { TwinRun } from '../../src/lab/twin-run.ts';
import type { RunConfig } from '../../src/protocol/config.ts';

let mnist: Dataset | null = null;

export function mnistOnce(): Dataset {
  mnist ??= loadMnistNode();
  return mnist;
}

export function configFrom(preset: string, overrides: Partial<RunConfig> = {}): RunConfig {
  return { ...PRESETS[preset], ...overrides };
}

export function runOf(config: RunConfig): TwinRun {
  return new TwinRun(config, datasetFor(config, config.dataset === 'mnist' ? mnistOnce() : null));
}

/** Advances until the run is finished. */
export function runToEnd(run: TwinRun): TwinRun {
  while (!run.finished) run.advance();
  return run;
}
