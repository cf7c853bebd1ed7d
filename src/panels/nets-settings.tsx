/** The nets of the comparison, left to right: each one's kind and learning rate; add a net or remove one. */

import { MAX_NETS } from '../store/config-edit.ts';
import { useLab } from '../store/use-lab.ts';
import { AddNet } from './add-net.tsx';
import { NetEntry } from './net-entry.tsx';
import { useEntryFocus } from './use-entry-focus.ts';
import { useSides } from './use-sides.ts';

export function NetsSettings() {
  const sides = useSides();
  const linked = useLab((s) => s.lrLinked);
  const removeNet = useLab((s) => s.removeNet);
  const { listRef, focusEntry } = useEntryFocus(sides.length);
  // the removed entry's button is gone: focus its neighbour, which takes its place
  const remove = (index: number): void => {
    if (removeNet(index)) focusEntry(Math.min(index, sides.length - 2));
  };
  // the last Add disables its own button: focus the new net instead
  const added = (index: number): void => {
    if (index + 1 >= MAX_NETS) focusEntry(index);
  };
  return (
    <fieldset className="settings-group">
      <legend>Nets</legend>
      <ol ref={listRef} className="nets" aria-label="Nets">
        {sides.map((side) => (
          <NetEntry key={side.index} side={side} only={sides.length === 1} onRemove={remove} />
        ))}
      </ol>
      {linked && sides.length > 1 ? (
        <p className="hint">The rates are linked: each net’s slider sets the one shared rate.</p>
      ) : null}
      <AddNet sides={sides} onAdded={added} />
      <p className="hint">
        Changing a kind or the number of nets restarts every net from the same initial weights (key B switches the
        right-most net between plain and BN).
      </p>
    </fieldset>
  );
}
