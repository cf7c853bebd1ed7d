/** Appends a net of the chosen kind on the right, up to MAX_NETS; the button names the net it will add. */

import { useId, useState } from 'react';
import { NORM_KINDS, namedNets, type NormKind } from '../protocol/config.ts';
import { MAX_NETS } from '../store/config-edit.ts';
import { useLab } from '../store/use-lab.ts';
import { KIND_OPTIONS } from './kind-options.ts';
import { SelectField } from './select-field.tsx';
import type { Side } from './use-sides.ts';

export interface AddNetProps {
  readonly sides: readonly Side[];
  /** called with the new net's index once the store took it */
  readonly onAdded: (index: number) => void;
}

/** The first kind not on screen yet, so that Add offers a new comparison; plain once every kind is there. */
function suggestedKind(sides: readonly Side[]): NormKind {
  return NORM_KINDS.find((kind) => sides.every((side) => side.kind !== kind)) ?? 'none';
}

/** The name the net will get: adding renames every net after its kind, as the store does. */
function nextName(sides: readonly Side[], kind: NormKind): string {
  const nets = namedNets([...sides.map((side) => ({ norm: side.kind })), { norm: kind }]);
  return nets[nets.length - 1]?.name ?? kind;
}

export function AddNet({ sides, onAdded }: AddNetProps) {
  const addNet = useLab((s) => s.addNet);
  const [picked, setPicked] = useState<NormKind | null>(null);
  const hintId = useId();
  const kind = picked ?? suggestedKind(sides);
  const full = sides.length >= MAX_NETS;
  const add = (): void => {
    if (!addNet(kind)) return;
    // the next suggestion follows the nets on screen again
    setPicked(null);
    onAdded(sides.length);
  };
  return (
    <>
      <div className="net-add" role="group" aria-label="Add a net">
        <SelectField label="Kind of the new net" value={kind} options={KIND_OPTIONS} onChange={setPicked} />
        <button type="button" disabled={full} aria-describedby={full ? hintId : undefined} onClick={add}>
          Add {nextName(sides, kind)}
        </button>
      </div>
      {full ? (
        <p id={hintId} className="hint">
          {MAX_NETS} nets is the most that train side by side: remove one to add another.
        </p>
      ) : null}
    </>
  );
}
