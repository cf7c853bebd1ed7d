/**
 * A modal dialog's focus: while it is open, Tab and Shift+Tab cycle through its own controls and focus cannot land
 * behind it; on close, focus goes back to the element that had it when the dialog opened (the button that opened
 * it, or wherever a shortcut was typed).
 */

import { useEffect, type RefObject } from 'react';

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
  '[contenteditable]:not([contenteditable="false"])',
].join(',');

/** The container's Tab stops, in document order (those inside a hidden or inert part are left out). */
function tabStops(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.tabIndex >= 0 && !element.closest('[hidden], [inert]'),
  );
}

/** Moves focus to the first or last Tab stop, or to the container itself when it has none. */
function focusEdge(container: HTMLElement, edge: 'first' | 'last'): void {
  const stops = tabStops(container);
  const target = edge === 'first' ? stops[0] : stops[stops.length - 1];
  (target ?? container).focus();
}

/**
 * Traps focus in `container` while `active`. On activation focus moves to `initial` (default: the first Tab stop);
 * the container should have tabIndex={-1} so that it can hold focus itself when it has no control.
 */
export function useFocusTrap(
  container: RefObject<HTMLElement | null>,
  active: boolean,
  initial?: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const root = container.current;
    if (!active || !root) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (initial?.current) initial.current.focus();
    else focusEdge(root, 'first');

    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Tab' || event.defaultPrevented) return;
      const stops = tabStops(root);
      const focused = document.activeElement;
      const inside = focused instanceof Node && root.contains(focused);
      const atEdge = event.shiftKey ? focused === stops[0] : focused === stops[stops.length - 1];
      if (inside && !atEdge && stops.length > 0 && focused !== root) return;
      // from the edge (or from outside, or from the container itself) wrap round to the other end
      event.preventDefault();
      focusEdge(root, event.shiftKey ? 'last' : 'first');
    };
    // a click or a script may still move focus behind the dialog: bring it back
    const onFocusIn = (event: FocusEvent): void => {
      if (event.target instanceof Node && !root.contains(event.target)) focusEdge(root, 'first');
    };
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('focusin', onFocusIn);
      if (opener?.isConnected) opener.focus();
    };
  }, [container, active, initial]);
}
