/**
 * The critique's measurements (Santurkar et al. 2018) a probe adds when config.measure asks, for every live net: per
 * hidden layer `shift` (shift-probe.ts) and `ics` (ics-probe.ts), per probe `landscape` (landscape-probe.ts). ICS
 * and the landscape use the last training batch, so they are null at step 0; a measurement that is off leaves its
 * field out. Each puts the net back bit for bit: a run trains the same with them on or off.
 */

import type { Floats } from '../engine/floats.ts';
import type { Slices } from '../engine/slices.ts';
import type { RunConfig } from '../protocol/config.ts';
import type { Landscape, LayerIcs, LayerProbe, LayerShift, ProbeRecord } from '../protocol/history.ts';
import type { TrainBatch } from './batch-gradient.ts';
import { icsSlices } from './ics-probe.ts';
import { landscapeSlices } from './landscape-probe.ts';
import type { NetRun } from './net-run.ts';
import { ShiftTracker } from './shift-probe.ts';

/** The fixed batch the shift is measured on: the first `rows` probe samples. */
export interface ProbeBatch {
  readonly x: Floats;
  readonly rows: number;
}

export class ProbeMeasures {
  private readonly shift = new ShiftTracker();

  constructor(private readonly probeBatch: ProbeBatch) {}

  /** The record with the measurements the config turns on; `batch` is the last training batch, null at step 0. */
  *addSlices(record: ProbeRecord, net: NetRun, config: RunConfig, batch: TrainBatch | null): Slices<ProbeRecord> {
    const on = config.measure;
    if (!on?.shift) this.shift.forget(net.name);
    if (on === undefined) return record;
    const { x, rows } = this.probeBatch;
    const shift: (LayerShift | null)[] | null = on.shift
      ? yield* this.shift.measureSlices(net, record.step, config, x, rows)
      : null;
    const ics: LayerIcs[] | null = on.ics && batch !== null ? yield* icsSlices(net, batch) : null;
    const landscape: Landscape | null = on.landscape && batch !== null ? yield* landscapeSlices(net, batch) : null;
    const layers = record.layers.map((layer, l): LayerProbe => ({
      ...layer,
      ...(on.shift ? { shift: shift?.[l] ?? null } : {}),
      ...(on.ics ? { ics: ics?.[l] ?? null } : {}),
    }));
    return { ...record, layers, ...(on.landscape ? { landscape } : {}) };
  }
}
