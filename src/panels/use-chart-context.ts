/** What every time chart of the comparison shares: presenter sizes, the scrubber marker and one step domain. */

import { useDeferredValue, useMemo } from 'react';
import type { Extent } from '../charts/domains.ts';
import { selectSteps } from '../store/selectors.ts';
import { useLab } from '../store/use-lab.ts';

export interface ChartContext {
  readonly presenter: boolean;
  /** the scrubbed step, or null when following live */
  readonly markerStep: number | null;
  /** from the first probe to the newest, at least one probe interval wide */
  readonly xDomain: Extent;
}

export function useChartContext(): ChartContext {
  const presenter = useLab((s) => s.presenter);
  const markerStep = useLab((s) => s.scrubStep);
  // deferred with the probes (useSideProbes): a new probe widens the axis in the same background redraw
  const steps = useDeferredValue(useLab(selectSteps));
  const probeEvery = useLab((s) => s.config.probeEvery);
  const xDomain = useMemo((): Extent => {
    const first = steps[0] ?? 0;
    const last = steps[steps.length - 1] ?? 0;
    return [first, Math.max(last, first + probeEvery)];
  }, [steps, probeEvery]);
  return useMemo(() => ({ presenter, markerStep, xDomain }), [presenter, markerStep, xDomain]);
}
