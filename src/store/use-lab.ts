/** React access to the lab store: provide it once at the root, select one value per hook. */

import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { LabState, LabStore } from './lab-state.ts';

const LabStoreContext = createContext<LabStore | null>(null);

export function LabStoreProvider({ store, children }: { store: LabStore; children?: ReactNode }): ReactNode {
  return createElement(LabStoreContext.Provider, { value: store }, children);
}

/** The store itself, for actions outside render and for transient subscriptions. */
export function useLabStore(): LabStore {
  const store = useContext(LabStoreContext);
  if (!store) throw new Error('useLab needs a <LabStoreProvider store={…}> above the component');
  return store;
}

/** One value of the lab state; the component re-renders when it changes (use useShallow for object picks). */
export function useLab<T>(selector: (state: LabState) => T): T {
  return useStore(useLabStore(), selector);
}
