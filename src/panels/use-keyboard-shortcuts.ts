/**
 * The page's keyboard map (see keymap.ts), on window. The keys act wherever focus is; only the keys a focused
 * control needs itself are left to it: everything in a text field, the arrows of a slider, the space of a checkbox.
 */

import { useEffect } from 'react';
import type { LabState, LabStore } from '../store/lab-state.ts';
import { selectSharedLr, selectSideLr } from '../store/selectors.ts';
import { toggleFullscreen } from './fullscreen.ts';
import { nudgeLr } from './learning-rate.ts';
import { neighbourScene } from './lessons/scene-order.ts';

/** Input types that take no typing; every other type (text, number, date, …) is a text field. */
const NON_TEXT_INPUTS = new Set(['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file', 'image']);

/** How a slider (and a radio group) moves its value. */
const NAVIGATION_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End'];

function isTextField(element: HTMLElement): boolean {
  // jsdom has no isContentEditable
  if (element.isContentEditable || element.closest('[contenteditable]:not([contenteditable="false"])')) return true;
  if (element instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(element.type);
  return element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement;
}

/**
 * Whether the focused element needs this key itself. Buttons keep only Enter (the page has no Enter shortcut), so
 * space is play/pause even on a focused button; a checkbox or radio keeps space, its only key.
 */
function keptByFocus(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (isTextField(target)) return key !== 'Escape';
  const kind = target.getAttribute('role') ?? (target instanceof HTMLInputElement ? target.type : '');
  // an open menu keeps every key: its arrows, Home, End, space and Escape
  if (kind === 'menuitem') return true;
  if (kind === 'range' || kind === 'slider') return NAVIGATION_KEYS.includes(key);
  if (kind === 'radio') return key === ' ' || NAVIGATION_KEYS.includes(key);
  return (kind === 'checkbox' || kind === 'switch') && key === ' ';
}

/** Move the learning rate one rung of the 1-2-3-5 ladder: the shared one, or each side's own when unlinked. */
function nudge(state: LabState, direction: 1 | -1): void {
  if (state.lrLinked) {
    state.setLearningRate(nudgeLr(selectSharedLr(state), direction));
    return;
  }
  state.config.nets.forEach((_, side) => state.setLearningRate(nudgeLr(selectSideLr(state, side), direction), side));
}

function closeOverlay(state: LabState): void {
  if (state.helpOpen) state.setHelpOpen(false);
  else if (state.qrOpen) state.setQrOpen(false);
  else if (state.shareOpen) state.setShareOpen(false);
  else if (state.presenter) state.setPresenter(false);
}

/** While a dialog is open only its own keys work: Escape, and the key that opens and closes it. */
function dialogKeys(state: LabState): readonly string[] | null {
  if (state.helpOpen) return ['Escape', '?'];
  if (state.qrOpen) return ['Escape', 'q', 'Q'];
  if (state.shareOpen) return ['Escape'];
  return null;
}

const ACTIONS: Readonly<Record<string, (state: LabState) => void>> = {
  ' ': (s) => s.togglePlay(),
  ArrowRight: (s) => s.step(1),
  r: (s) => s.reset(),
  b: (s) => s.toggleBn(s.config.nets.length - 1),
  '[': (s) => nudge(s, -1),
  ']': (s) => nudge(s, 1),
  f: toggleFullscreen,
  p: (s) => s.togglePresenter(),
  e: (s) => s.setExportOpen(!s.exportOpen),
  q: (s) => s.toggleQr(),
  '?': (s) => s.toggleHelp(),
  Escape: closeOverlay,
};

/** The keys a presentation clicker sends, as next and previous slide. */
const SCENE_KEYS: Readonly<Record<string, 1 | -1>> = { PageDown: 1, PageUp: -1 };

/**
 * The action for a key, or undefined; digits pick a hidden layer that exists, Page Down / Up a scene that exists
 * (past the last scene the key scrolls the page, as it would without the lessons).
 */
function shortcutFor(key: string, state: LabState): ((state: LabState) => void) | undefined {
  if (/^[1-9]$/.test(key)) {
    const layer = Number(key) - 1;
    return layer < state.config.hidden.length ? (s) => s.selectLayer(layer) : undefined;
  }
  if (Object.hasOwn(SCENE_KEYS, key)) {
    const scene = neighbourScene(state.presetName, SCENE_KEYS[key]);
    return scene === undefined ? undefined : (s) => s.loadPreset(scene);
  }
  return ACTIONS[key.length === 1 ? key.toLowerCase() : key];
}

/** Runs the shortcut for a key-down, if any; true when it did. */
function handleKeyDown(event: KeyboardEvent, store: LabStore): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return false;
  if (keptByFocus(event.target, event.key)) return false;
  const state = store.getState();
  // space then presses the dialog's focused button
  if (dialogKeys(state)?.includes(event.key) === false) return false;
  const action = shortcutFor(event.key, state);
  if (!action) return false;
  event.preventDefault();
  action(state);
  return true;
}

export function useKeyboardShortcuts(store: LabStore): void {
  useEffect(() => {
    // a focused button clicks on space's key-up in some browsers, whatever happened to the key-down
    let spaceTaken = false;
    const onKeyDown = (event: KeyboardEvent): void => {
      const handled = handleKeyDown(event, store);
      if (event.key === ' ') spaceTaken = handled;
    };
    const onKeyUp = (event: KeyboardEvent): void => {
      if (event.key !== ' ' || !spaceTaken) return;
      spaceTaken = false;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, [store]);
}
