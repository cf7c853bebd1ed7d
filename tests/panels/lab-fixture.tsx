/** Fixed probe snapshots for panel tests: a plain net that drifts and saturates, a BN net that holds still. */

import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { MeasureFlags, NormKind, RunConfig } from '../../src/protocol/config.ts';
import type { Histogram, LayerProbe, ProbeRecord } from '../../src/protocol/history.ts';
import type { FromWorker, NetStatus, RunStatus, SampleStrip } from '../../src/protocol/messages.ts';
import { DEFAULT_CONFIG } from '../../src/store/default-config.ts';
import { createLabStore } from '../../src/store/lab-store.ts';
import type { LabInitial, LabStore, SweepPort } from '../../src/store/lab-state.ts';
import { LabStoreProvider } from '../../src/store/use-lab.ts';
import { fakePort, type FakePort } from '../store/fake-port.ts';

/** The paper's net, narrowed to 6 units a layer so the per-unit arrays stay small. */
const CONFIG: RunConfig = { ...DEFAULT_CONFIG, hidden: [6, 6, 6] };
export const STEPS = [0, 100, 200, 300];
const UNITS = 6;

/** Only BN (with or without learned γ, β, with or without noise) drops the hidden bias, which its mean subtraction would cancel. */
const hasBias = (norm: NormKind) => norm !== 'bn' && norm !== 'bn-fixed' && norm !== 'noisy-bn';

/** 32 bins of width ½ over [−8, 8]. */
const EDGES = Float64Array.from({ length: 33 }, (_, i) => -8 + i / 2);

/** A triangular bump of 600 samples centred at `center` with half-width `spread`. */
function bump(center: number, spread: number): Histogram {
  const mids = Array.from({ length: 32 }, (_, i) => -7.75 + i / 2);
  const weights = mids.map((m) => Math.max(0, 1 - Math.abs(m - center) / spread));
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  return { edges: EDGES, counts: Uint32Array.from(weights.map((w) => Math.round((w / sum) * 600))) };
}

function layer(step: number, l: number, bn: boolean, bias: boolean): LayerProbe {
  const t = step / 100;
  // plain: the inputs drift down and spread with training; BN: centred and steady
  const center = bn ? 0 : -0.5 - 0.8 * t * (l + 1);
  const spread = bn ? 1.5 : 0.6 + 0.3 * t;
  const p50 = Float64Array.from({ length: UNITS }, (_, u) => center + 0.1 * u);
  const saturation = bn ? 0.02 : Math.min(0.9, 0.1 * t * (l + 1));
  const nan = step === 0;
  const probe: LayerProbe = {
    histogram: bump(center, spread),
    percentiles: { p15: p50.map((v) => v - spread / 2), p50, p85: p50.map((v) => v + spread / 2) },
    saturation,
    meanDerivative: 0.25 * (1 - saturation),
    gradNorm: { W: nan ? NaN : bn ? 0.3 + 0.1 * l : 10 ** (l - 3) },
    updateRatio: { W: nan ? NaN : 1e-3 },
    // ‖W‖ grows, twice as fast with BN; ‖b‖ from 0, linearly in a plain net, by decades in center-stopgrad
    weightNorm: 10 + t * (l + 1) * (bn ? 2 : 1),
    biasNorm: bias ? (bn ? 10 ** t - 1 : 0.5 * t) * (l + 1) : null,
  };
  if (!bn) return probe;
  const gamma = 1 + 0.05 * t * (l + 1);
  const beta = -0.02 * t * l;
  // batch statistics (training mode) centre the probe set; the running ones (inference mode) lag, a little off centre
  const lagged = (v: Float64Array) => v.map((x) => x + 0.25);
  const { p15, p50: median, p85 } = probe.percentiles;
  return {
    ...probe,
    histogram: bump(center + 0.25, spread),
    percentiles: { p15: lagged(p15), p50: lagged(median), p85: lagged(p85) },
    batchHistogram: probe.histogram,
    batchPercentiles: probe.percentiles,
    rawHistogram: bump(0.1 * l, 0.5),
    gamma: { mean: gamma, min: gamma - 0.1, max: gamma + 0.1 },
    beta: { mean: beta, min: beta - 0.05, max: beta + 0.05 },
  };
}

/** Test accuracy of a net at a step: 10 % at step 0, rising faster with BN. */
function accuracyAt(step: number, bn: boolean): number {
  return Math.min(0.98, 0.1 + (step / 100) * (bn ? 0.25 : 0.1));
}

/**
 * The critique's measurements where config.measure has them, null at step 0: a plain net's inputs shift by 0.4/t and
 * its gradients change (ICS 0.05, cos 0.5), a normalising net's by 0.02 (ICS 0.01, cos 0.95); gradient predictiveness
 * 0.3 and 0.04, β_eff 0.9 and 0.5.
 */
function measured(step: number, bn: boolean, measure: MeasureFlags | undefined) {
  const t = step / 100;
  const first = step === 0;
  const layer = (l: number) => ({
    ...(measure?.shift
      ? { shift: first ? null : bn ? { mean: 0.02, std: 0.01 } : { mean: 0.4 / t, std: 0.2 / t } }
      : {}),
    ...(measure?.ics
      ? { ics: first ? null : l === 0 ? { l2: 0, cos: 1 } : bn ? { l2: 0.01, cos: 0.95 } : { l2: 0.05, cos: 0.5 } }
      : {}),
  });
  const loss = 2.3 / (1 + t * (bn ? 1 : 0.3));
  const landscape = first
    ? null
    : { lossMin: 0.9 * loss, lossMax: 1.2 * loss, gradPredictiveness: bn ? 0.04 : 0.3, betaEff: bn ? 0.5 : 0.9 };
  return { layer, probe: measure?.landscape ? { landscape } : {} };
}

/** bn: the net normalises (any kind but none); bias: it has hidden biases (none, center-stopgrad). */
export function probeRecord(step: number, bn: boolean, layers = 3, bias = !bn, measure?: MeasureFlags): ProbeRecord {
  const t = step / 100;
  const m = measured(step, bn, measure);
  return {
    ...m.probe,
    step,
    stalled: false,
    trainLoss: step === 0 ? NaN : 2.3 / (1 + t * (bn ? 1 : 0.3)),
    testLoss: 2.3 / (1 + t * (bn ? 0.9 : 0.25)),
    testAccuracy: accuracyAt(step, bn),
    ...(bn ? { populationAccuracy: accuracyAt(step, bn) - 0.01, batchStatsAccuracy: accuracyAt(step, bn) - 0.02 } : {}),
    // the digit strip's four digits are 3, 1, 4, 1: plain guesses 3 throughout, BN learns 1 at step 200
    predictions: Uint8Array.from(bn && step >= 200 ? [3, 1, 4, 1] : [3, 3, 3, 3]),
    layers: Array.from({ length: layers }, (_, l) => ({ ...layer(step, l, bn, bias), ...m.layer(l) })),
  };
}

const STRIP: SampleStrip = {
  pixels: Uint8Array.from({ length: 4 * 16 }, (_, i) => (i % 3 === 0 ? 255 : 0)),
  labels: Uint8Array.from([3, 1, 4, 1]),
  count: 4,
  side: 4,
};

export function netStatus(name: string, bn: boolean, diverged: NetStatus['diverged'] = null): NetStatus {
  return { name, norm: bn ? 'bn' : 'none', lr: 1, diverged, lastLoss: 1, lrChanges: [[0, 1]] };
}

export function runStatus(step: number, nets: readonly NetStatus[] = [], running = false): RunStatus {
  return { step, running, finished: false, stepsPerSecond: running ? 250 : 0, nets };
}

/** The worker's messages up to the last of `steps`: ready, then the probes of both nets. */
export function snapshotMessages(
  config: RunConfig,
  steps: readonly number[] = STEPS,
  nets?: readonly NetStatus[],
): FromWorker[] {
  const statusNets =
    nets ?? config.nets.map((net) => ({ ...netStatus(net.name, net.norm !== 'none'), norm: net.norm }));
  const last = steps[steps.length - 1] ?? 0;
  const probes = Object.fromEntries(
    config.nets.map((net) => [
      net.name,
      steps.map((s) => probeRecord(s, net.norm !== 'none', config.hidden.length, hasBias(net.norm), config.measure)),
    ]),
  );
  return [
    { type: 'ready', config, strip: STRIP, status: runStatus(0, statusNets), backend: 'wasm' },
    { type: 'probes', probes, status: runStatus(last, statusNets) },
  ];
}

export interface Lab {
  readonly store: LabStore;
  readonly port: FakePort;
}

/**
 * A store on a fake port, fed the snapshot (pass steps: [] for a store the worker has not answered yet); sweeps run
 * on the sweep port given, if any.
 */
export function labWith(
  options: { initial?: LabInitial; steps?: readonly number[]; nets?: readonly NetStatus[]; sweep?: SweepPort } = {},
): Lab {
  const port = fakePort();
  const store = createLabStore(port, { config: CONFIG, ...options.initial }, options.sweep);
  if (options.steps === undefined || options.steps.length > 0) {
    for (const msg of snapshotMessages(store.getState().config, options.steps, options.nets))
      store.getState().receive(msg);
  }
  port.sent.length = 0;
  return { store, port };
}

export function renderWith(ui: ReactElement, lab: Lab): RenderResult & Lab {
  return { ...render(<LabStoreProvider store={lab.store}>{ui}</LabStoreProvider>), ...lab };
}

/** The text of every tick of one axis of a chart. */
export function ticks(chart: Element, axis: 'x' | 'y'): string[] {
  return [...chart.querySelectorAll(`[data-tick="${axis}"]`)].map((t) => t.textContent ?? '');
}
