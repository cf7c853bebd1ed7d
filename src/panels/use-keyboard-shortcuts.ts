/** The page's keyboard map (see keymap.ts), on window; keys typed into a field or pressed on a button are left alone. */

import { useEffect } from 'react';
import type { LabState, LabStore } from '../store/lab-state.ts';
import { selectSideLr } from '../store/selectors.ts';
import { nudgeLr } from './learning-rate.ts';

/** Typing into these must not trigger shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

/** Space and Enter on these activate them; the page must not act too. */
function activates(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a[href], summary, [role="button"]') !== null;
}

/** Move the learning rate a quarter decade: the shared one, or each side's own when unlinked. */
function nudge(state: LabState, direction: 1 | -1): void {
  if (state.lrLinked) {
    state.setLearningRate(nudgeLr(state.config.lr, direction));
    return;
  }
  state.config.nets.forEach((_, side) => state.setLearningRate(nudgeLr(selectSideLr(state, side), direction), side));
}

function closeOverlay(state: LabState): void {
  if (state.helpOpen) state.setHelpOpen(false);
  else if (state.presenter) state.setPresenter(false);
}

const ACTIONS: Readonly<Record<string, (state: LabState) => void>> = {
  ' ': (s) => s.togglePlay(),
  ArrowRight: (s) => s.step(1),
  r: (s) => s.reset(),
  b: (s) => s.toggleBn(Math.min(1, s.config.nets.length - 1)),
  '[': (s) => nudge(s, -1),
  ']': (s) => nudge(s, 1),
  f: (s) => s.togglePresenter(),
  p: (s) => s.togglePresenter(),
  '?': (s) => s.toggleHelp(),
  Escape: closeOverlay,
};

/** The action for a key, or undefined; digits pick a hidden layer that exists. */
function shortcutFor(key: string, state: LabState): ((state: LabState) => void) | undefined {
  if (/^[1-9]$/.test(key)) {
    const layer = Number(key) - 1;
    return layer < state.config.hidden.length ? (s) => s.selectLayer(layer) : undefined;
  }
  return ACTIONS[key.length === 1 ? key.toLowerCase() : key];
}

export function useKeyboardShortcuts(store: LabStore): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) && event.key !== 'Escape') return;
      if ((event.key === ' ' || event.key === 'Enter') && activates(event.target)) return;
      const state = store.getState();
      // while the help dialog is open only its own keys work
      if (state.helpOpen && event.key !== 'Escape' && event.key !== '?') return;
      const action = shortcutFor(event.key, state);
      if (!action) return;
      event.preventDefault();
      action(state);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
