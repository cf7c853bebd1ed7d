/** A row of paired charts, one cell per side (left = first net); a diverged side's cell is greyed out. */

import type { ReactNode } from 'react';
import { MeasuredCell } from './measured-cell.tsx';
import { RowHead } from './row-head.tsx';
import type { Side } from './use-sides.ts';

export interface PairRowProps {
  readonly title: string;
  readonly explainer: string;
  readonly actions?: ReactNode;
  readonly sides: readonly Side[];
  readonly children: (side: Side, width: number) => ReactNode;
}

export function PairRow({ title, explainer, actions, sides, children }: PairRowProps) {
  return (
    <section className="row" aria-label={title}>
      <RowHead title={title} explainer={explainer} actions={actions} />
      <div className="pair">
        {sides.map((side) => (
          <MeasuredCell
            key={side.index}
            className={side.diverged ? 'is-diverged' : undefined}
            caption={
              <div className="cell__net" style={{ color: side.textColor }}>
                {side.name}
              </div>
            }
          >
            {(width) => children(side, width)}
          </MeasuredCell>
        ))}
      </div>
    </section>
  );
}
