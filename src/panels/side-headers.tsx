/** One header per side: the net's name in its colour, what it is, its learning rate, and its test accuracy at the shown step. */

import { ACTIVATION_WORDS } from '../charts/activation-words.ts';
import { formatNumber, formatPercent, formatStep } from '../charts/format.ts';
import { LineSwatch } from '../charts/legend.tsx';
import { chartSizes } from '../charts/theme.ts';
import type { NormKind } from '../protocol/config.ts';
import { useLab } from '../store/use-lab.ts';
import { useShownProbes, type Side } from './use-sides.ts';

/** What each kind of net does, given the name of its nonlinearity. */
const KIND_SUMMARY: Readonly<Record<NormKind, (activation: string) => string>> = {
  none: () => 'no normalisation',
  bn: (activation) => `BN before every ${activation}`,
  'bn-fixed': (activation) => `BN with γ = 1, β = 0 fixed before every ${activation}`,
  'center-stopgrad': (activation) => `mean-centring, μ_B not backpropagated, before every ${activation}`,
  'noisy-bn': (activation) => `BN, then a random scale and shift each step, before every ${activation}`,
};

/** The lab's stall rule (lab/net-run.ts), in words: the net has not left chance. */
function StalledMark({ since }: { readonly since: number }) {
  const why = `stalled since step ${formatStep(since)}: test accuracy within 2 points of chance for 5 probes`;
  return (
    <span className="side-head__stalled" role="status" aria-label={why} title={why}>
      stalled
    </span>
  );
}

export function SideHeaders({ sides }: { readonly sides: readonly Side[] }) {
  const shown = useShownProbes(sides);
  const activation = ACTIVATION_WORDS[useLab((s) => s.config.activation)].name;
  const frozen = useLab((s) => s.scrubStep !== null);
  const presenter = useLab((s) => s.presenter);
  return (
    <div className="pair side-heads">
      {sides.map((side) => (
        <div key={side.index} className={side.diverged ? 'side-head is-diverged' : 'side-head'}>
          <h2 className="side-head__name" style={{ color: side.textColor }}>
            <LineSwatch color={side.color} variant={side.variant} sizes={chartSizes(presenter)} /> {side.name}
          </h2>
          <span className="side-head__what">
            {KIND_SUMMARY[side.kind](activation)} · lr {formatNumber(side.lr)}
          </span>
          <span role="status" aria-live="off" aria-label={`${side.name} test accuracy`} className="side-head__acc">
            <span className="side-head__acc-label">test acc</span>{' '}
            {formatPercent(shown[side.index]?.testAccuracy ?? NaN)}
            {frozen && shown[side.index] ? (
              <span className="side-head__at"> at step {formatStep(shown[side.index]?.step ?? NaN)}</span>
            ) : null}
          </span>
          {side.diverged ? (
            <p className="side-head__diverged" role="alert">
              diverged at step {formatStep(side.diverged.step)}: {side.diverged.reason}
            </p>
          ) : side.stalled !== null ? (
            <StalledMark since={side.stalled} />
          ) : null}
        </div>
      ))}
    </div>
  );
}
