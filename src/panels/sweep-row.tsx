/**
 * The learning-rate sweep: each kind of net trained alone at K rates on background workers of its own (never the
 * lab's run), with its progress, and final test accuracy and loss against the rate, stalled and diverged runs marked.
 */

import { useId, useMemo } from 'react';
import { decadeExtent, powerOfTen, sharedExtent, type Extent } from '../charts/domains.ts';
import { formatNumber, formatPercent, formatStep } from '../charts/format.ts';
import { XYLineChart, type XYLineChartProps } from '../charts/xy-line-chart.tsx';
import type { SweepPlan } from '../protocol/sweep.ts';
import type { SweepState } from '../store/lab-state.ts';
import { useLab } from '../store/use-lab.ts';
import { chartHeight } from './chart-height.ts';
import { MeasuredCell } from './measured-cell.tsx';
import { RowHead } from './row-head.tsx';
import { SweepForm } from './sweep-form.tsx';
import { sweepSeries, sweepWords } from './sweep-series.ts';

const TITLE = 'Learning-rate sweep';
const EXPLAINER =
  'Each kind of net trained alone at every rate, from the same initial weights and batches as the lab, in background workers while the lab runs on. The paper says BN lets a net train at far higher rates (§3.3): look for where each kind stops learning.';
const ACCURACY: Extent = [0, 100];
const MARKS = { stalled: 'stalled (near chance)', diverged: 'diverged (no final value)' } as const;
const formatAccuracy = (value: number) => formatPercent(value / 100);

/** Powers of ten within the rates, or the rates themselves when they span less than a decade. */
function rateTicks([lo, hi]: Extent, grid: readonly number[]): number[] {
  const decades: number[] = [];
  for (let e = Math.ceil(Math.log10(lo) - 1e-9); e <= Math.floor(Math.log10(hi) + 1e-9); e++)
    decades.push(powerOfTen(e));
  return decades.length >= 2 ? decades : [...grid];
}

function rateDomain(grid: readonly number[]): Extent {
  const [lo, hi] = [grid[0], grid[grid.length - 1]];
  return hi > lo ? [lo, hi] : [lo / 2, lo * 2];
}

type OwnChartProps = Pick<
  XYLineChartProps,
  'title' | 'series' | 'yLabel' | 'yDomain' | 'logY' | 'formatY' | 'divergedEdge'
>;

function chartProps(plan: SweepPlan, results: SweepState['results']): OwnChartProps[] {
  const accuracy = sweepSeries(plan, results, (r) => 100 * r.finalTestAccuracy, formatAccuracy);
  const loss = sweepSeries(plan, results, (r) => r.finalTestLoss, formatNumber);
  const losses = loss.map((s) => s.points.map((p) => p.y));
  return [
    {
      title: 'Final test accuracy against the learning rate',
      series: accuracy,
      yLabel: 'final test accuracy (%)',
      yDomain: ACCURACY,
      formatY: formatAccuracy,
      divergedEdge: 'below',
    },
    {
      title: 'Final test loss against the learning rate',
      series: loss,
      yLabel: 'final test loss',
      yDomain: decadeExtent(sharedExtent(losses, { positiveOnly: true })),
      logY: true,
      formatY: formatNumber,
      divergedEdge: 'above',
    },
  ];
}

function SweepCharts({ plan, results }: { readonly plan: SweepPlan; readonly results: SweepState['results'] }) {
  const presenter = useLab((s) => s.presenter);
  const charts = useMemo(() => chartProps(plan, results), [plan, results]);
  const words = useMemo(() => sweepWords(plan, results), [plan, results]);
  const xDomain = rateDomain(plan.grid);
  const common = {
    height: chartHeight('time', presenter),
    xDomain,
    xTicks: rateTicks(xDomain, plan.grid),
    formatX: formatNumber,
    xLabel: 'learning rate (log)',
    markLabels: MARKS,
    presenter,
  };
  return (
    <>
      <div className="pair">
        {charts.map((chart) => (
          <MeasuredCell key={chart.title}>
            {(width) => <XYLineChart {...chart} {...common} width={width} />}
          </MeasuredCell>
        ))}
      </div>
      <ul className="measure__summary" aria-label="The sweep, in words">
        {words.map(({ norm, label, color, text }) => (
          <li key={norm}>
            <strong style={{ color }}>{label}</strong>: {text}
          </li>
        ))}
      </ul>
    </>
  );
}

/** What each run was: the lab's config when the sweep started, with one net at each rate. */
function planWords(plan: SweepPlan): string {
  const { config, request } = plan;
  const data = config.dataset === 'mnist' ? 'MNIST' : config.dataset;
  const shape = [config.dataset === 'mnist' ? 784 : config.inputDim, ...config.hidden].join('-');
  const probe = config.probeSize === 0 ? 'the whole test set' : `${formatStep(config.probeSize)} test samples`;
  return `Each run: ${data}, ${shape} ${config.activation}, batch ${config.batchSize}, ${formatStep(request.steps)} steps, seeds ${config.initSeed} and ${config.dataSeed}; accuracy and loss at the last step on ${probe}. Stalled: within 2 points of chance at each of its last 5 probes, one every tenth of the run.`;
}

/** "7 / 18 runs" with a bar while it runs, then how it ended: one live region throughout. */
function SweepStatusLine({ sweep }: { readonly sweep: SweepState }) {
  const labelId = useId();
  const total = sweep.plan?.jobs.length ?? 0;
  const done = sweep.results.filter((r) => r !== null).length;
  const said: Record<SweepState['status'], string> = {
    idle: '',
    running: `${done} / ${total} runs`,
    done: `Done: ${total} runs.`,
    cancelled: `Cancelled after ${done} of ${total} runs.`,
    failed: `Stopped after ${done} of ${total} runs.`,
  };
  const running = sweep.status === 'running' && sweep.plan;
  return (
    <div className="sweep__progress">
      {running ? (
        <>
          <span id={labelId}>Sweep progress</span>
          <progress
            aria-labelledby={labelId}
            aria-valuetext={said.running}
            max={total * (sweep.plan?.request.steps ?? 1)}
            value={sweep.stepsDone}
          />
        </>
      ) : null}
      <span role="status">{said[sweep.status]}</span>
    </div>
  );
}

export function SweepRow() {
  const sweep = useLab((s) => s.sweep);
  return (
    <section className="row" aria-label={TITLE}>
      <RowHead title={TITLE} explainer={EXPLAINER} />
      <SweepForm />
      {sweep.error ? (
        <p className="sweep__error" role="alert">
          {sweep.error}
        </p>
      ) : null}
      <SweepStatusLine sweep={sweep} />
      {sweep.plan ? (
        <>
          <SweepCharts plan={sweep.plan} results={sweep.results} />
          <p className="measure__note">{planWords(sweep.plan)}</p>
        </>
      ) : null}
    </section>
  );
}
