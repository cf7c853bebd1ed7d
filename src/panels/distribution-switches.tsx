/** The distribution row's view switches: ridges or overlay, and for BN nets the normalised or raw input and BN's mode. */

import { useLab } from '../store/use-lab.ts';
import type { BnView, RidgelineMode, StatsMode } from '../store/lab-state.ts';
import { Segmented } from './segmented.tsx';

const MODES = [
  { value: 'ridge', label: 'Ridges' },
  { value: 'overlay', label: 'Overlay' },
] as const satisfies readonly { value: RidgelineMode; label: string }[];

const BN_VIEWS = [
  { value: 'normalized', label: 'after BN' },
  { value: 'raw', label: 'raw x·Wᵀ' },
] as const satisfies readonly { value: BnView; label: string }[];

// training mode normalises each batch by its own mean and variance; inference mode by the running averages, which
// start at 0 and 1, so at step 0 the BN net would look as unnormalised as the plain one
const STATS_MODES = [
  { value: 'batch', label: 'batch (training)' },
  { value: 'inference', label: 'running (inference)' },
] as const satisfies readonly { value: StatsMode; label: string }[];

export function DistributionSwitches({ showBnView }: { readonly showBnView: boolean }) {
  const mode = useLab((s) => s.ridgeline);
  const setMode = useLab((s) => s.setRidgeline);
  const bnView = useLab((s) => s.bnView);
  const setBnView = useLab((s) => s.setBnView);
  const statsMode = useLab((s) => s.statsMode);
  const setStatsMode = useLab((s) => s.setStatsMode);
  return (
    <>
      <Segmented label="Draw as" options={MODES} value={mode} onChange={setMode} />
      {showBnView ? <Segmented label="BN nets show" options={BN_VIEWS} value={bnView} onChange={setBnView} /> : null}
      {showBnView ? (
        <Segmented label="BN statistics" options={STATS_MODES} value={statsMode} onChange={setStatsMode} />
      ) : null}
    </>
  );
}
