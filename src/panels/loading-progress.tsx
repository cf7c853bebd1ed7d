/** Before the twins are built: the MNIST download's progress, then "building". */

import { useId } from 'react';
import { formatPercent } from '../charts/format.ts';
import { useLab } from '../store/use-lab.ts';

const MB = 1024 * 1024;

export function LoadingProgress() {
  const labelId = useId();
  const loading = useLab((s) => s.loading);
  const dataset = useLab((s) => s.config.dataset);
  const known = loading !== null && loading.total > 0;
  const fraction = known ? Math.min(1, loading.loaded / loading.total) : 0;
  const what = dataset === 'mnist' ? 'Loading the MNIST digits' : 'Building the twin networks';
  return (
    <div className="loading">
      <p id={labelId}>{loading ? what : 'Starting the lab…'}</p>
      {loading ? (
        <>
          <progress aria-labelledby={labelId} max={100} value={known ? Math.round(fraction * 100) : undefined} />
          <p className="loading__amount">
            {known ? formatPercent(fraction, 0) : `${(loading.loaded / MB).toFixed(1)} MB`}
          </p>
        </>
      ) : null}
    </div>
  );
}
