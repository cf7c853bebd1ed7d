/** The shared, full-width row: every net's loss on one chart and their test accuracy on another. */

import * as d3 from 'd3';
import { useMemo, useState } from 'react';
import type { Extent } from '../charts/domains.ts';
import { formatPercent } from '../charts/format.ts';
import { TimeSeriesChart } from '../charts/time-series-chart.tsx';
import type { ProbeRecord } from '../protocol/history.ts';
import { useLab } from '../store/use-lab.ts';
import { chartHeight } from './chart-height.ts';
import { MeasuredCell } from './measured-cell.tsx';
import { accuracySeries, lossSeries } from './probe-series.ts';
import { RowHead } from './row-head.tsx';
import { useChartContext } from './use-chart-context.ts';
import { comparesNormalisation, useSideProbes, type Side } from './use-sides.ts';

const ACCURACY_DOMAIN: Extent = [0, 100];
const accuracyReadout = (value: number) => formatPercent(value / 100);

/** Room above a curve's median loss, so a loss that stays high runs inside the plot, not along its edge. */
const HEADROOM = 1.25;

interface LossAxis {
  readonly domain: Extent;
  /** some loss lies above the domain and is drawn as ▲ on the top edge */
  readonly clipped: boolean;
}

/**
 * From 0 to the largest loss, but no higher than twice the largest step-0 test loss or HEADROOM × the largest median
 * of any loss curve, whichever is higher. Why both: a net whose loss stays high (plain at lr 30: 5–9, ReLU at lr 100:
 * 30–50) gets the axis extended to its curve, so a student reads its real values and shape; a brief blow-up (one
 * probe at 500) would squash every other curve flat, so it is pinned to the top edge as ▲ instead, and the hover
 * read-out gives its value and says "above the chart". Nothing vanishes, and what is typical stays readable.
 */
function lossAxis(records: readonly (readonly ProbeRecord[])[]): LossAxis {
  let start = 0;
  let top = 0;
  let typical = 0;
  for (const net of records) {
    const first = net[0]?.testLoss ?? NaN;
    if (Number.isFinite(first)) start = Math.max(start, first);
    for (const loss of [(r: ProbeRecord) => r.testLoss, (r: ProbeRecord) => r.trainLoss]) {
      const values = net.map(loss).filter(Number.isFinite);
      top = Math.max(top, d3.max(values) ?? 0);
      typical = Math.max(typical, d3.median(values) ?? 0);
    }
  }
  const cap = Math.max(2 * start, HEADROOM * typical);
  const hi = cap > 0 ? Math.min(top, cap) : top;
  return { domain: [0, hi > 0 ? hi : 1], clipped: top > hi };
}

/** What to look for, from the nets on screen: the BN contrast needs a plain and a BN net; twins of a kind differ in lr. */
function explainer(sides: readonly Side[], clipped: boolean): string {
  const what = 'Every net on shared axes: test loss solid, train loss dashed.';
  const sameKind = sides.some((side) => side.variant > 0);
  const look = comparesNormalisation(sides)
    ? ' Look for the BN net pulling ahead early.'
    : sameKind
      ? ' Look for which learning rate pulls ahead, and which stalls.'
      : '';
  const above = clipped ? ' ▲ marks a loss above the chart; hover it for the value.' : '';
  return what + look + above;
}

export function LossAccuracyRow({ sides }: { readonly sides: readonly Side[] }) {
  const records = useSideProbes(sides);
  const { presenter, markerStep, xDomain } = useChartContext();
  const bnDetail = useLab((s) => s.bnDetail);
  const setBnDetail = useLab((s) => s.setBnDetail);
  const [hoverStep, setHoverStep] = useState<number | null>(null);
  const loss = useMemo(() => lossSeries(sides, records), [sides, records]);
  const accuracy = useMemo(() => accuracySeries(sides, records, bnDetail), [sides, records, bnDetail]);
  const lossY = useMemo(() => lossAxis(records), [records]);
  const common = {
    height: chartHeight('shared', presenter),
    xDomain,
    markerStep,
    hoverStep,
    onHoverStep: setHoverStep,
    presenter,
  };
  const detailToggle = sides.some((side) => side.bn) ? (
    <label className="check">
      <input type="checkbox" checked={bnDetail} onChange={(event) => setBnDetail(event.target.checked)} />
      BN accuracy with population / batch statistics
    </label>
  ) : null;
  return (
    <section className="row" aria-label="Loss & test accuracy">
      <RowHead title="Loss & test accuracy" explainer={explainer(sides, lossY.clipped)} actions={detailToggle} />
      <div className="pair">
        <MeasuredCell>
          {(width) => (
            <TimeSeriesChart
              title="Loss of every net: test (solid) and train (dashed)"
              series={loss}
              width={width}
              yLabel="cross-entropy"
              yDomain={lossY.domain}
              {...common}
            />
          )}
        </MeasuredCell>
        <MeasuredCell>
          {(width) => (
            <TimeSeriesChart
              title="Test accuracy of every net"
              series={accuracy}
              width={width}
              yLabel="test accuracy (%)"
              yDomain={ACCURACY_DOMAIN}
              formatReadout={accuracyReadout}
              {...common}
            />
          )}
        </MeasuredCell>
      </div>
    </section>
  );
}
