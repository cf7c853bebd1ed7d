/** One header per side: the net's name in its colour, what it is, its learning rate, and its test accuracy at the shown step. */

import { formatNumber, formatPercent, formatStep } from '../charts/format.ts';
import { useLab } from '../store/use-lab.ts';
import { useShownProbes, type Side } from './use-sides.ts';

export function SideHeaders({ sides }: { readonly sides: readonly Side[] }) {
  const shown = useShownProbes(sides);
  const activation = useLab((s) => s.config.activation);
  const frozen = useLab((s) => s.scrubStep !== null);
  return (
    <div className="pair side-heads">
      {sides.map((side) => (
        <div key={side.index} className={side.diverged ? 'side-head is-diverged' : 'side-head'}>
          <h2 className="side-head__name" style={{ color: side.color }}>
            {side.name}
          </h2>
          <span className="side-head__what">
            {side.bn ? `BN before every ${activation}` : 'no normalisation'} · lr {formatNumber(side.lr)}
          </span>
          <span role="status" aria-live="off" aria-label={`${side.name} test accuracy`} className="side-head__acc">
            test acc {formatPercent(shown[side.index]?.testAccuracy ?? NaN)}
            {frozen && shown[side.index] ? (
              <span className="side-head__at"> at step {formatStep(shown[side.index]?.step ?? NaN)}</span>
            ) : null}
          </span>
          {side.diverged ? (
            <p className="side-head__diverged" role="alert">
              diverged at step {formatStep(side.diverged.step)}: {side.diverged.reason}
            </p>
          ) : null}
        </div>
      ))}
    </div>
  );
}
