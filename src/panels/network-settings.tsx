/** Data set and architecture: depth, width, activation and initialisation. Each change rebuilds both twins. */

import { LIMITS } from '../protocol/validate-config.ts';
import type { ActivationName, DatasetName, InitSpec } from '../protocol/config.ts';
import { useLab } from '../store/use-lab.ts';
import { NumberField } from './number-field.tsx';
import { SelectField } from './select-field.tsx';

export const DATASETS: readonly { value: DatasetName; label: string }[] = [
  { value: 'mnist', label: 'MNIST digits' },
  { value: 'moons', label: 'Two moons' },
  { value: 'spiral', label: 'Spiral' },
  { value: 'blobs', label: 'Blobs' },
];
const ACTIVATIONS: readonly { value: ActivationName; label: string }[] = [
  { value: 'sigmoid', label: 'sigmoid' },
  { value: 'tanh', label: 'tanh' },
  { value: 'relu', label: 'ReLU' },
];
const INITS: readonly { value: InitSpec['kind']; label: string }[] = [
  { value: 'gauss', label: 'Gaussian, σ below' },
  { value: 'torchdefault', label: 'PyTorch default' },
  { value: 'xavier', label: 'Xavier' },
];
const DEFAULT_SIGMA = 0.01;

function initOf(kind: InitSpec['kind'], sigma: number): InitSpec {
  return kind === 'gauss' ? { kind, sigma } : { kind };
}

export function NetworkSettings() {
  const config = useLab((s) => s.config);
  const setDataset = useLab((s) => s.setDataset);
  const setHidden = useLab((s) => s.setHidden);
  const setActivation = useLab((s) => s.setActivation);
  const setInit = useLab((s) => s.setInit);
  const { hidden, init } = config;
  const width = hidden[0] ?? LIMITS.width[0];
  const sigma = init.kind === 'gauss' ? init.sigma : DEFAULT_SIGMA;
  return (
    <fieldset className="settings-group">
      <legend>Data & network</legend>
      <SelectField label="Data set" value={config.dataset} options={DATASETS} onChange={setDataset} />
      <div className="field-pair">
        <NumberField
          label="Hidden layers"
          value={hidden.length}
          min={LIMITS.depth[0]}
          max={LIMITS.depth[1]}
          integer
          onCommit={(depth) => setHidden(Array.from({ length: depth }, (_, l) => hidden[l] ?? width))}
        />
        <NumberField
          label="Units per layer"
          value={width}
          min={LIMITS.width[0]}
          max={LIMITS.width[1]}
          integer
          onCommit={(units) => setHidden(hidden.map(() => units))}
        />
      </div>
      <SelectField label="Activation" value={config.activation} options={ACTIVATIONS} onChange={setActivation} />
      <SelectField
        label="Initialisation"
        value={init.kind}
        options={INITS}
        onChange={(kind) => setInit(initOf(kind, sigma))}
      />
      {init.kind === 'gauss' ? (
        <NumberField
          label="Init σ"
          value={sigma}
          min={LIMITS.sigma[0]}
          max={LIMITS.sigma[1]}
          step={0.001}
          onCommit={(value) => setInit({ kind: 'gauss', sigma: value })}
        />
      ) : null}
      <p className="hint">Changes here rebuild every net from new shared initial weights.</p>
    </fieldset>
  );
}
