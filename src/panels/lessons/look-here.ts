/** "Look here": bring a chart row into view, outline it for a moment, and put focus on it. */

/** How long the outline stays: long enough to find it after a smooth scroll. */
export const LOOK_HERE_MS = 2000;

const LOOKED_AT = 'is-looked-at';
const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();

/**
 * The row named `name`: its aria-label is the name, or starts with it and " · " (rows that name the layer or
 * unit shown, e.g. "Figure 1(b,c) · unit 1 of layer 3").
 */
export function findRow(name: string, root: ParentNode = document): HTMLElement | null {
  const rows = root.querySelectorAll<HTMLElement>('section[aria-label]');
  return (
    [...rows].find((row) => {
      const label = row.getAttribute('aria-label') ?? '';
      return label === name || label.startsWith(`${name} · `);
    }) ?? null
  );
}

/** jsdom has no matchMedia; a reader who asked for less motion gets a jump, not a glide. */
function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function outline(row: HTMLElement): void {
  clearTimeout(timers.get(row));
  row.classList.add(LOOKED_AT);
  timers.set(
    row,
    setTimeout(() => row.classList.remove(LOOKED_AT), LOOK_HERE_MS),
  );
}

/** Scrolls to, outlines and focuses the row named `name`; false when the page does not show it. */
export function lookHere(name: string): boolean {
  const row = findRow(name);
  if (!row) return false;
  row.scrollIntoView({ behavior: prefersReducedMotion() ? 'auto' : 'smooth', block: 'center' });
  outline(row);
  // a section is not focusable by default; focus tells a screen reader where the lesson pointed
  if (!row.hasAttribute('tabindex')) row.setAttribute('tabindex', '-1');
  row.focus({ preventScroll: true });
  return true;
}
