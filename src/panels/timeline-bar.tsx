/** The footer: the timeline scrubber over the recorded probes, with ✕ where a net diverged, and Live. */

import { useMemo } from 'react';
import { formatStep } from '../charts/format.ts';
import { TimelineScrubber, type ScrubberMark } from '../charts/timeline-scrubber.tsx';
import { selectSteps } from '../store/selectors.ts';
import { useLab } from '../store/use-lab.ts';
import { useElementSize } from './use-element-size.ts';
import { useSides } from './use-sides.ts';

export function TimelineBar() {
  const [ref, size] = useElementSize<HTMLDivElement>();
  const steps = useLab(selectSteps);
  const scrubStep = useLab((s) => s.scrubStep);
  const setScrubStep = useLab((s) => s.setScrubStep);
  const presenter = useLab((s) => s.presenter);
  const sides = useSides();
  const diverged = useMemo(
    () =>
      sides.flatMap((side): ScrubberMark[] =>
        side.diverged ? [{ name: side.name, step: side.diverged.step, color: side.color }] : [],
      ),
    [sides],
  );
  return (
    <footer className="timeline" aria-label="Timeline">
      <p className="timeline__state">
        {scrubStep === null
          ? `live · ${steps.length} ${steps.length === 1 ? 'probe' : 'probes'}`
          : `frozen at step ${formatStep(scrubStep)}`}
      </p>
      <div ref={ref} className="timeline__track">
        <TimelineScrubber
          steps={steps}
          value={scrubStep}
          onChange={setScrubStep}
          width={size.width}
          diverged={diverged}
          label="Timeline: probe shown"
          presenter={presenter}
        />
      </div>
    </footer>
  );
}
