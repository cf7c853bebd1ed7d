/** A chart row's title, its controls, and one sentence on what to look for. */

import type { ReactNode } from 'react';

export interface RowHeadProps {
  readonly title: string;
  readonly explainer: string;
  readonly actions?: ReactNode;
}

export function RowHead({ title, explainer, actions }: RowHeadProps) {
  return (
    <>
      <div className="row__head">
        <h2 className="row__title">{title}</h2>
        {actions ? <div className="row__actions">{actions}</div> : null}
      </div>
      <p className="explainer">{explainer}</p>
    </>
  );
}
