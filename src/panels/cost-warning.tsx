/** Warns, while the settings are open, that the config is heavy enough to train only a few steps a second. */

import { useMemo } from 'react';
import { COST_WARN_FLOPS, estimateCost, formatFlops } from '../protocol/config-cost.ts';
import { useLab } from '../store/use-lab.ts';

/** One significant digit, as the estimate is no better: 0.163 → "0.2", 1.05 → "1". */
function aboutSteps(stepsPerSecond: number): string {
  const rounded = Number(stepsPerSecond.toPrecision(1));
  return `${rounded} ${rounded === 1 ? 'step' : 'steps'} a second`;
}

export function CostWarning() {
  const config = useLab((s) => s.config);
  const cost = useMemo(() => estimateCost(config), [config]);
  const heavy = cost.flopsPerStep > COST_WARN_FLOPS;
  // the live region stays mounted so that a warning that appears is announced
  return (
    <div role="status" className="cost-warning">
      {heavy
        ? `This network costs ${formatFlops(cost.flopsPerStep)} per lockstep step: expect about ${aboutSteps(cost.stepsPerSecond)}.`
        : null}
    </div>
  );
}
