/**
 * The comparison: side headers, the shared loss & accuracy row, the loaded scene's measurement, then paired per-side
 * rows (the critique's per-probe measurements after Figure 1(b,c), when on), the digit strip, the learning-rate sweep
 * (shared: it spans every side) and the other measurements.
 */

import { CritiqueRows } from './critique-rows.tsx';
import { DigitStripRow } from './digit-strip-row.tsx';
import { DistributionsRow } from './distributions-row.tsx';
import { GammaBetaRow } from './gamma-beta-row.tsx';
import { GradNormRow } from './grad-norm-row.tsx';
import { LossAccuracyRow } from './loss-accuracy-row.tsx';
import { MoreMeasurements, SceneMeasurement } from './measurement-rows.tsx';
import { NormsRow } from './norms-row.tsx';
import { PercentileRow } from './percentile-row.tsx';
import { SaturationRow } from './saturation-row.tsx';
import { SideHeaders } from './side-headers.tsx';
import { SweepRow } from './sweep-row.tsx';
import { useSides } from './use-sides.ts';
import { ViewBar } from './view-bar.tsx';

export function ComparisonView() {
  const sides = useSides();
  return (
    <div className="comparison">
      <SideHeaders sides={sides} />
      <LossAccuracyRow sides={sides} />
      <SceneMeasurement sides={sides} />
      <ViewBar />
      <DistributionsRow sides={sides} />
      <PercentileRow sides={sides} />
      <CritiqueRows sides={sides} />
      <SaturationRow sides={sides} />
      <GradNormRow sides={sides} />
      <NormsRow sides={sides} />
      <GammaBetaRow sides={sides} />
      <DigitStripRow sides={sides} />
      <SweepRow />
      <MoreMeasurements sides={sides} />
    </div>
  );
}
