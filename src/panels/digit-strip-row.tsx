/** Test digits with both nets' predictions at the shown step; wrong ones marked. */

import { useMemo } from 'react';
import { DigitStrip, type NetPredictions } from '../charts/digit-strip.tsx';
import { useLab } from '../store/use-lab.ts';
import { RowHead } from './row-head.tsx';
import { useShownProbes, type Side } from './use-sides.ts';

export function DigitStripRow({ sides }: { readonly sides: readonly Side[] }) {
  const strip = useLab((s) => s.strip);
  const presenter = useLab((s) => s.presenter);
  const shown = useShownProbes(sides);
  const nets = useMemo(
    (): NetPredictions[] =>
      sides.map((side, i) => ({ name: side.name, color: side.color, predictions: shown[i]?.predictions ?? null })),
    [sides, shown],
  );
  if (!strip) return null;
  return (
    <section className="row" aria-label="Test digits">
      <RowHead
        title="Test digits and predictions"
        explainer="The first test images with each net's guess at the shown step; ✕ marks a wrong guess in that net's colour."
      />
      <div className="digit-strip">
        <DigitStrip strip={strip} nets={nets} presenter={presenter} title="Test digits and each net's prediction" />
      </div>
    </section>
  );
}
