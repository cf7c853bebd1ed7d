/** The shared, full-width row: both nets' loss on one chart and their test accuracy on another. */

import { useMemo, useState } from 'react';
import type { Extent } from '../charts/domains.ts';
import { formatPercent } from '../charts/format.ts';
import { TimeSeriesChart } from '../charts/time-series-chart.tsx';
import type { ProbeRecord } from '../protocol/history.ts';
import { chartHeight } from './chart-height.ts';
import { MeasuredCell } from './measured-cell.tsx';
import { accuracySeries, lossSeries } from './probe-series.ts';
import { RowHead } from './row-head.tsx';
import { useChartContext } from './use-chart-context.ts';
import { useSideProbes, type Side } from './use-sides.ts';

const ACCURACY_DOMAIN: Extent = [0, 100];
const accuracyReadout = (value: number) => formatPercent(value / 100);

/** From 0 to the largest loss, but at most twice the largest step-0 test loss, so a blow-up does not flatten the rest. */
function lossDomain(records: readonly (readonly ProbeRecord[])[]): Extent {
  let start = 0;
  let top = 0;
  for (const net of records) {
    const first = net[0]?.testLoss ?? NaN;
    if (Number.isFinite(first)) start = Math.max(start, first);
    for (const probe of net)
      for (const v of [probe.testLoss, probe.trainLoss]) if (Number.isFinite(v)) top = Math.max(top, v);
  }
  const hi = start > 0 ? Math.min(top, 2 * start) : top;
  return [0, hi > 0 ? hi : 1];
}

export function LossAccuracyRow({ sides }: { readonly sides: readonly Side[] }) {
  const records = useSideProbes(sides);
  const { presenter, markerStep, xDomain } = useChartContext();
  const [bnDetail, setBnDetail] = useState(false);
  const [hoverStep, setHoverStep] = useState<number | null>(null);
  const loss = useMemo(() => lossSeries(sides, records), [sides, records]);
  const accuracy = useMemo(() => accuracySeries(sides, records, bnDetail), [sides, records, bnDetail]);
  const lossY = useMemo(() => lossDomain(records), [records]);
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
      <RowHead
        title="Loss & test accuracy"
        explainer="Both nets on shared axes: test loss solid, train loss dashed. Look for the BN net pulling ahead early."
        actions={detailToggle}
      />
      <div className="pair">
        <MeasuredCell>
          {(width) => (
            <TimeSeriesChart
              title="Loss of both nets: test (solid) and train (dashed)"
              series={loss}
              width={width}
              yLabel="cross-entropy"
              yDomain={lossY}
              {...common}
            />
          )}
        </MeasuredCell>
        <MeasuredCell>
          {(width) => (
            <TimeSeriesChart
              title="Test accuracy of both nets"
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
