/** A field's note, e.g. that a typed value was clamped: a live region that stays mounted so that a new note is announced. */

export function FieldNote({ id, note }: { readonly id: string; readonly note: string | null }) {
  return (
    <p id={id} role="status" className="field__note">
      {note}
    </p>
  );
}
