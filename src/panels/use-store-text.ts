/**
 * Values that change many times a second (the step counter), written into their element by a store subscription
 * instead of a React render: zustand's "transient updates". A render, even of one small component, interrupts
 * React's background redraw of the charts (a transition starts over when a sync update arrives), so a counter
 * rendered 30 times a second would keep a new probe's charts from ever being drawn in slices.
 */

import { useCallback } from 'react';
import type { LabState } from '../store/lab-state.ts';
import { useLabStore } from '../store/use-lab.ts';

/**
 * A callback ref that keeps `write(element, select(state))` current while the element is mounted, writing only when
 * the selected value changes. `select` and `write` must be stable (module-level) functions, and what `write` sets
 * must not be rendered by React too.
 */
export function useStoreWriter<E extends Element, T>(
  select: (state: LabState) => T,
  write: (element: E, value: T) => void,
): (element: E | null) => (() => void) | undefined {
  const store = useLabStore();
  return useCallback(
    (element: E | null) => {
      if (!element) return undefined;
      let shown: { value: T } | null = null;
      const update = (state: LabState) => {
        const value = select(state);
        if (shown !== null && Object.is(shown.value, value)) return;
        write(element, value);
        shown = { value };
      };
      update(store.getState());
      return store.subscribe(update);
    },
    [store, select, write],
  );
}

const writeText = (element: Element, text: string) => {
  element.textContent = text;
};

/** A callback ref for an element with no React children whose text is `select(state)`. */
export function useStoreText(
  select: (state: LabState) => string,
): (element: Element | null) => (() => void) | undefined {
  return useStoreWriter(select, writeText);
}
