/** Batch size, seeds, run length and probe interval. */

import { LIMITS } from '../protocol/validate-config.ts';
import { useLab } from '../store/use-lab.ts';
import { NumberField } from './number-field.tsx';

export function TrainingSettings() {
  const config = useLab((s) => s.config);
  const setBatchSize = useLab((s) => s.setBatchSize);
  const setSeeds = useLab((s) => s.setSeeds);
  const setSteps = useLab((s) => s.setSteps);
  const setProbeEvery = useLab((s) => s.setProbeEvery);
  return (
    <fieldset className="settings-group">
      <legend>Training</legend>
      <NumberField
        label="Batch size"
        value={config.batchSize}
        min={LIMITS.batchSize[0]}
        max={LIMITS.batchSize[1]}
        integer
        onCommit={(batchSize) => setBatchSize(batchSize)}
      />
      <div className="field-pair">
        <NumberField
          label="Init seed"
          value={config.initSeed}
          min={LIMITS.seed[0]}
          max={LIMITS.seed[1]}
          integer
          onCommit={(initSeed) => setSeeds({ initSeed })}
        />
        <NumberField
          label="Data seed"
          value={config.dataSeed}
          min={LIMITS.seed[0]}
          max={LIMITS.seed[1]}
          integer
          onCommit={(dataSeed) => setSeeds({ dataSeed })}
        />
      </div>
      <div className="field-pair">
        <NumberField
          label="Run length (steps)"
          value={config.steps}
          min={LIMITS.steps[0]}
          max={LIMITS.steps[1]}
          integer
          onCommit={(steps) => setSteps(steps)}
        />
        <NumberField
          label="Probe every (steps)"
          value={config.probeEvery}
          min={LIMITS.probeEvery[0]}
          max={LIMITS.probeEvery[1]}
          integer
          onCommit={(probeEvery) => setProbeEvery(probeEvery)}
        />
      </div>
      <p className="hint">Run length and probe interval apply live; batch size and seeds restart every net.</p>
    </fieldset>
  );
}
