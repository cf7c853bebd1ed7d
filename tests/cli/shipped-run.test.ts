import { gunzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { keptSteps, shippedRun } from '../../src/cli/shipped-run.ts';
import { historyToJson } from '../../src/protocol/history-json.ts';
import { roundHistory } from '../../src/protocol/round-history.ts';
import { configFrom, runOf, runToEnd } from '../lab/run-helpers.ts';

const every = (step: number, to: number, by: number) =>
  Array.from({ length: (to - step) / by + 1 }, (_, i) => step + i * by);

describe('a run as the site ships it', () => {
  it('keeps every probe of the first tenth of the run, then every k-th, and the last', () => {
    const figure1 = every(0, 50_000, 500);
    expect([...keptSteps(figure1, 50_000, 1)]).toEqual(figure1);
    expect([...keptSteps(figure1, 50_000, 2)].sort((a, b) => a - b)).toEqual([
      ...every(0, 5000, 500),
      ...every(6000, 50_000, 1000),
    ]);
    // an odd count: the last probe stays although it is not a k-th
    expect([...keptSteps(every(0, 2100, 100), 2100, 4)].sort((a, b) => a - b)).toEqual([
      0, 100, 200, 400, 800, 1200, 1600, 2000, 2100,
    ]);
  });

  it('is the rounded run as gzipped JSON, the same bytes every time, whole when it fits', () => {
    const history = runToEnd(runOf(configFrom('moons-quick', { steps: 60, probeEvery: 20 }))).history;
    const shipped = shippedRun(history);
    expect(shipped.every).toBe(1);
    expect(shipped.history).toEqual(roundHistory(history));
    expect(strFromU8(gunzipSync(shipped.gzip))).toBe(historyToJson(roundHistory(history)) + '\n');
    expect(shippedRun(history).gzip).toEqual(shipped.gzip);
  });
});
