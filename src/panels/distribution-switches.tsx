/** The distribution row's view switches: ridges or overlay, and for BN nets the normalised or the raw input. */

import { useLab } from '../store/use-lab.ts';
import type { BnView, RidgelineMode } from '../store/lab-state.ts';
import { Segmented } from './segmented.tsx';

const MODES = [
  { value: 'ridge', label: 'Ridges' },
  { value: 'overlay', label: 'Overlay' },
] as const satisfies readonly { value: RidgelineMode; label: string }[];

const BN_VIEWS = [
  { value: 'normalized', label: 'after BN' },
  { value: 'raw', label: 'raw x·Wᵀ' },
] as const satisfies readonly { value: BnView; label: string }[];

export function DistributionSwitches({ showBnView }: { readonly showBnView: boolean }) {
  const mode = useLab((s) => s.ridgeline);
  const setMode = useLab((s) => s.setRidgeline);
  const bnView = useLab((s) => s.bnView);
  const setBnView = useLab((s) => s.setBnView);
  return (
    <>
      <Segmented label="Draw as" options={MODES} value={mode} onChange={setMode} />
      {showBnView ? <Segmented label="BN nets show" options={BN_VIEWS} value={bnView} onChange={setBnView} /> : null}
    </>
  );
}
