import { describe, expect, it } from 'vitest';
import { runInThreads } from '../../src/cli/thread-run.ts';
import { loadMnistNode } from '../../src/data/mnist-node.ts';
import { PRESETS } from '../../src/lab/presets.ts';
import { TwinRun } from '../../src/lab/twin-run.ts';
import type { RunConfig } from '../../src/protocol/config.ts';

/** Figure 1's twins, short, with a rate change of the BN net's own mid-run: only its thread may apply it. */
const CONFIG: RunConfig = {
  ...PRESETS['paper-fig1'],
  steps: 240,
  probeEvery: 80,
  probeSize: 200,
  events: [{ step: 120, type: 'lr', lr: 0.5, net: 'bn' }],
};

describe('a run with one worker thread per net', () => {
  it('gives the one-thread TwinRun’s history, every probe bit for bit', async () => {
    const heard: number[] = [];
    const threaded = await runInThreads(CONFIG, undefined, (step) => heard.push(step));
    const single = new TwinRun(CONFIG, loadMnistNode());
    while (!single.finished) single.advance();
    expect(threaded).toEqual(single.history);
    expect(threaded.nets.bn.lrChanges).toEqual([
      [0, 1],
      [120, 0.5],
    ]);
    expect(threaded.nets.plain.lrChanges).toEqual([[0, 1]]);
    // progress is the step every net has reached, so it never goes back
    expect(heard.length).toBeGreaterThan(0);
    expect(heard).toEqual([...heard].sort((a, b) => a - b));
  }, 120_000);
});
