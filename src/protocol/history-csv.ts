/**
 * The run history as CSV tables, one row per observation, NaN/∞ as empty cells.
 * Columns are documented in README.md ("CSV tables").
 */

import type { LayerProbe, NetHistory, ProbeRecord, RunHistory } from './history.ts';

type Cell = string | number | undefined;

const PARAM_NAMES = ['W', 'b', 'gamma', 'beta'] as const;

function cell(v: Cell): string {
  if (v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return /[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

function table(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  const lines = [header.join(',')];
  for (const row of rows) lines.push(row.map(cell).join(','));
  return lines.join('\n') + '\n';
}

/** Every (net, probe) pair of the history, in net order then step order. */
function* probesOf(history: RunHistory): Generator<[string, ProbeRecord, NetHistory]> {
  for (const [name, net] of Object.entries(history.nets)) for (const probe of net.probes) yield [name, probe, net];
}

function* probeRows(history: RunHistory): Generator<Cell[]> {
  for (const [name, p, net] of probesOf(history)) {
    yield [
      name,
      net.norm,
      p.step,
      p.trainLoss,
      p.testLoss,
      p.testAccuracy,
      String(p.stalled),
      p.populationAccuracy,
      p.batchStatsAccuracy,
      p.landscape?.lossMin,
      p.landscape?.lossMax,
      p.landscape?.gradPredictiveness,
      p.landscape?.betaEff,
    ];
  }
}

function layerCells(layer: LayerProbe): Cell[] {
  return [
    layer.saturation,
    layer.meanDerivative,
    layer.biasNorm ?? undefined,
    layer.weightNorm,
    ...PARAM_NAMES.map((n) => layer.gradNorm[n]),
    ...PARAM_NAMES.map((n) => layer.updateRatio[n]),
    layer.gamma?.mean,
    layer.gamma?.min,
    layer.gamma?.max,
    layer.beta?.mean,
    layer.beta?.min,
    layer.beta?.max,
    layer.shift?.mean,
    layer.shift?.std,
    layer.ics?.l2,
    layer.ics?.cos,
  ];
}

function* layerRows(history: RunHistory): Generator<Cell[]> {
  for (const [net, p] of probesOf(history)) {
    for (const [i, layer] of p.layers.entries()) yield [net, p.step, i + 1, ...layerCells(layer)];
  }
}

/** The named values that are there: a plain net has no `raw` or `batch` fields. */
function present<T>(entries: readonly (readonly [string, T | undefined])[]): [string, T][] {
  return entries.filter((entry): entry is [string, T] => entry[1] !== undefined);
}

function* percentileRows(history: RunHistory): Generator<Cell[]> {
  for (const [net, p] of probesOf(history)) {
    for (const [i, layer] of p.layers.entries()) {
      // `inference`: running statistics (a plain net's only kind); `batch`: the probe set's own
      const kinds = present([
        ['inference', layer.percentiles],
        ['batch', layer.batchPercentiles],
      ]);
      for (const [stats, q] of kinds) {
        for (let u = 0; u < q.p50.length; u++) yield [net, p.step, i + 1, stats, u, q.p15[u], q.p50[u], q.p85[u]];
      }
    }
  }
}

function* histogramRows(history: RunHistory): Generator<Cell[]> {
  for (const [net, p] of probesOf(history)) {
    for (const [i, layer] of p.layers.entries()) {
      const kinds = present([
        ['input', layer.histogram],
        ['raw', layer.rawHistogram],
        ['batch', layer.batchHistogram],
      ]);
      for (const [kind, h] of kinds) {
        for (let b = 0; b < h.counts.length; b++)
          yield [net, p.step, i + 1, kind, b, h.edges[b], h.edges[b + 1], h.counts[b]];
      }
    }
  }
}

/** File name → CSV text. */
export function historyToCsv(history: RunHistory): Record<string, string> {
  return {
    'probes.csv': table(
      [
        'net',
        'norm',
        'step',
        'train_loss',
        'test_loss',
        'test_accuracy',
        'stalled',
        'population_accuracy',
        'batch_stats_accuracy',
        'loss_min',
        'loss_max',
        'grad_predictiveness',
        'beta_eff',
      ],
      probeRows(history),
    ),
    'layers.csv': table(
      [
        'net',
        'step',
        'layer',
        'saturation',
        'mean_derivative',
        'bias_norm',
        'weight_norm',
        ...PARAM_NAMES.map((n) => `grad_norm_${n}`),
        ...PARAM_NAMES.map((n) => `update_ratio_${n}`),
        'gamma_mean',
        'gamma_min',
        'gamma_max',
        'beta_mean',
        'beta_min',
        'beta_max',
        'shift_mean',
        'shift_std',
        'ics_l2',
        'ics_cos',
      ],
      layerRows(history),
    ),
    'percentiles.csv': table(['net', 'step', 'layer', 'stats', 'unit', 'p15', 'p50', 'p85'], percentileRows(history)),
    'histograms.csv': table(['net', 'step', 'layer', 'kind', 'bin', 'lo', 'hi', 'count'], histogramRows(history)),
    'lr_changes.csv': table(
      ['net', 'step', 'lr'],
      Object.entries(history.nets).flatMap(([net, n]) => n.lrChanges.map(([s, lr]) => [net, s, lr])),
    ),
  };
}
