/**
 * The run a shared link describes, trained in Node through src/lab as the CLI does (Node's V8 is Chromium's
 * engine) to the link's stop (`at`) or the end, with its probes in the plain JSON form the page observer reads them in.
 */

import { loadMnistNode } from '../../src/data/mnist-node.ts';
import { datasetFor } from '../../src/lab/dataset-for.ts';
import { TwinRun } from '../../src/lab/twin-run.ts';
import { historyFingerprint } from '../../src/protocol/history-fingerprint.ts';
import { parseUrlState } from '../../src/store/url-state.ts';

/** Probes per net name as JSON values: typed arrays as arrays, NaN and ±∞ as null. */
export type ProbesJson = Record<string, unknown[]>;

export interface ReferenceRun {
  readonly fingerprint: string;
  readonly probes: ProbesJson;
}

export function referenceRun(query: string): ReferenceRun {
  const { config, stop, notice } = parseUrlState(query);
  if (notice !== null) throw new Error(`the link ${query} is not a valid config: ${notice}`);
  const run = new TwinRun(config, datasetFor(config, config.dataset === 'mnist' ? loadMnistNode() : null));
  while (!run.finished && run.step < (stop?.step ?? Infinity)) run.advance();
  const probes = Object.fromEntries(Object.entries(run.history.nets).map(([name, net]) => [name, net.probes]));
  const json = JSON.stringify(probes, (_key, value: unknown) =>
    ArrayBuffer.isView(value) && !(value instanceof DataView)
      ? Array.from(value as unknown as ArrayLike<number>)
      : value,
  );
  return { fingerprint: historyFingerprint(probes), probes: JSON.parse(json) as ProbesJson };
}
