/**
 * How the twin step's cost grows with the work: widths 100/200/400, batches 60/240, depths 3/6 on MNIST, in ms per
 * twin step and in effective GFLOP/s (the dense FLOPs of config-cost.ts over the time; MNIST's sparse inputs help).
 */

import type { Dataset } from '../data/dataset.ts';
import { TwinRun } from '../lab/twin-run.ts';
import { estimateCost } from '../protocol/config-cost.ts';
import { FIG1 } from './bench-fig1.ts';
import { timePerCall, type TimingOptions } from './bench-stats.ts';

const DEPTHS = [3, 6];
const WIDTHS = [100, 200, 400];
const BATCHES = [60, 240];

export interface ScalingRow {
  readonly depth: number;
  readonly width: number;
  readonly batch: number;
  /** dense FLOPs of one twin step (both nets' forward, backward and update) */
  readonly flops: number;
  /** median ms per twin step */
  readonly ms: number;
  readonly gflops: number;
}

export function scalingTable(data: Dataset, timing: TimingOptions = {}): ScalingRow[] {
  const rows: ScalingRow[] = [];
  for (const depth of DEPTHS) {
    for (const width of WIDTHS) {
      for (const batch of BATCHES) {
        const hidden = Array<number>(depth).fill(width);
        const config = { ...FIG1, hidden, batchSize: batch, steps: 1e7, probeEvery: 1e6, probeSize: 100 };
        const run = new TwinRun(config, data, { retainProbes: false });
        const { ms } = timePerCall(() => run.advance(), timing);
        const { flopsPerStep } = estimateCost(config);
        rows.push({ depth, width, batch, flops: flopsPerStep, ms, gflops: flopsPerStep / (ms * 1e6) });
      }
    }
  }
  return rows;
}
