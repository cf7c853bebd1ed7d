/** What a sweep runs: the kinds, the lowest and highest rate, how many rates, the steps of each run; Start, Cancel, Save. */

import { useState } from 'react';
import type { NormKind } from '../protocol/config.ts';
import { SWEEP_LIMITS, type SweepRequest } from '../protocol/sweep.ts';
import { useLab, useLabStore } from '../store/use-lab.ts';
import { saveSweepAsJson } from './download-file.ts';
import { KIND_OPTIONS } from './kind-options.ts';
import { NumberField } from './number-field.tsx';

/** Each run's length unless the run on screen is shorter: long enough for a plain net to leave its plateau at lr 1. */
const DEFAULT_STEPS = 2000;

/** The form's first request: the lab's kinds, half decades from 0.01 to 100. */
function useDefaultRequest(): SweepRequest {
  const nets = useLab((s) => s.config.nets);
  const steps = useLab((s) => s.config.steps);
  return {
    kinds: [...new Set(nets.map((net) => net.norm))],
    lrMin: 0.01,
    lrMax: 100,
    count: 9,
    steps: Math.min(DEFAULT_STEPS, steps),
  };
}

function KindChecks({ kinds, onChange }: { kinds: readonly NormKind[]; onChange: (kinds: NormKind[]) => void }) {
  const toggle = (kind: NormKind, on: boolean) =>
    onChange(KIND_OPTIONS.map((o) => o.value).filter((k) => (k === kind ? on : kinds.includes(k))));
  return (
    <fieldset className="sweep__kinds">
      <legend>Kinds</legend>
      {KIND_OPTIONS.map(({ value, label }) => (
        <label key={value} className="check">
          <input type="checkbox" checked={kinds.includes(value)} onChange={(e) => toggle(value, e.target.checked)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/** The number fields, each with the limits of the contract. */
const NUMBERS: readonly {
  readonly key: 'lrMin' | 'lrMax' | 'count' | 'steps';
  readonly label: string;
  readonly limits: readonly [number, number];
  readonly integer: boolean;
}[] = [
  { key: 'lrMin', label: 'Lowest rate', limits: SWEEP_LIMITS.lr, integer: false },
  { key: 'lrMax', label: 'Highest rate', limits: SWEEP_LIMITS.lr, integer: false },
  { key: 'count', label: 'Rates', limits: SWEEP_LIMITS.count, integer: true },
  { key: 'steps', label: 'Steps per run', limits: SWEEP_LIMITS.steps, integer: true },
];

export function SweepForm() {
  const defaults = useDefaultRequest();
  const [request, setRequest] = useState(defaults);
  const running = useLab((s) => s.sweep.status === 'running');
  const startSweep = useLab((s) => s.startSweep);
  const cancelSweep = useLab((s) => s.cancelSweep);
  const finished = useLab((s) => s.sweep.status === 'done');
  const store = useLabStore();
  const edit = (change: Partial<SweepRequest>) => setRequest((r) => ({ ...r, ...change }));
  return (
    // a group, not a form: Enter in a number field applies the number, it does not start a sweep of minutes
    <div className="sweep__form" role="group" aria-label="Sweep settings">
      <KindChecks kinds={request.kinds} onChange={(kinds) => edit({ kinds })} />
      <div className="sweep__numbers">
        {NUMBERS.map(({ key, label, limits, integer }) => (
          <NumberField
            key={key}
            label={label}
            value={request[key]}
            min={limits[0]}
            max={limits[1]}
            integer={integer}
            onCommit={(value) => edit({ [key]: value })}
          />
        ))}
      </div>
      <div className="sweep__buttons">
        <button
          type="button"
          className="button--primary"
          disabled={running || request.kinds.length === 0}
          onClick={() => startSweep(request)}
        >
          Start sweep
        </button>
        <button type="button" disabled={!running} onClick={cancelSweep}>
          Cancel sweep
        </button>
        <button type="button" disabled={!finished} onClick={() => saveSweepAsJson(store.getState())}>
          Save sweep (JSON)
        </button>
      </div>
    </div>
  );
}
