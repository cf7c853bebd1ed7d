/** The four borderline digits to measure, each with its picture when the strip has it, and its eval-mode p(true). */

import { useId } from 'react';
import { DigitGlyph } from '../charts/digit-glyph.tsx';
import { formatNumber } from '../charts/format.ts';
import type { BorderlineDigit } from '../protocol/measurements.ts';
import { useLab } from '../store/use-lab.ts';

export interface RegularizerDigitsProps {
  readonly candidates: readonly BorderlineDigit[];
  /** the digit on screen */
  readonly chosen: number;
  readonly disabled: boolean;
  readonly onChoose: (digit: number) => void;
}

export function RegularizerDigits({ candidates, chosen, disabled, onChoose }: RegularizerDigitsProps) {
  const labelId = useId();
  const strip = useLab((s) => s.strip);
  const presenter = useLab((s) => s.presenter);
  // the strip holds only the first probe digits: the others are named by index alone
  const pictured = (index: number) => strip !== null && strip.side > 0 && index < strip.count;
  return (
    <div role="group" aria-labelledby={labelId} className="measure__digits">
      <span id={labelId} className="segmented__label">
        Borderline digits
      </span>
      {candidates.map(({ index, p }) => (
        <button
          key={index}
          type="button"
          aria-pressed={index === chosen}
          disabled={disabled}
          onClick={() => onChoose(index)}
        >
          {strip && pictured(index) ? <DigitGlyph strip={strip} index={index} size={presenter ? 48 : 28} /> : null}
          <span>{`digit ${index}`}</span> <span className="measure__p">{`p(true) ${formatNumber(p)}`}</span>
        </button>
      ))}
    </div>
  );
}
