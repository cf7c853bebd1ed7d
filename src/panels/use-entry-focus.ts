/** Focus in the list of nets, whose entries come and go: it must not fall back to the page with a removed control. */

import { useEffect, useRef, type RefObject } from 'react';

export interface EntryFocus {
  readonly listRef: RefObject<HTMLOListElement | null>;
  /** after the count next changes, focus entry `index`: its Remove button, or its kind select if Remove is disabled */
  readonly focusEntry: (index: number) => void;
}

export function useEntryFocus(count: number): EntryFocus {
  const listRef = useRef<HTMLOListElement>(null);
  const pending = useRef<number | null>(null);
  useEffect(() => {
    const index = pending.current;
    if (index === null) return;
    pending.current = null;
    const entry = listRef.current?.children[index];
    const target = entry?.querySelector<HTMLElement>('.net-entry__remove:enabled') ?? entry?.querySelector('select');
    target?.focus();
  }, [count]);
  return {
    listRef,
    focusEntry: (index) => {
      pending.current = index;
    },
  };
}
