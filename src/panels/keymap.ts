/** The keyboard map, as the help dialog lists it. The handlers are in use-keyboard-shortcuts.ts. */

export interface KeyBinding {
  readonly keys: readonly string[];
  readonly action: string;
}

export const KEYMAP: readonly KeyBinding[] = [
  { keys: ['Space'], action: 'Play / pause' },
  { keys: ['→'], action: 'One training step (pauses)' },
  { keys: ['R'], action: 'Reset both nets to their shared initial weights' },
  { keys: ['B'], action: 'Batch norm on / off on the right side (restarts both)' },
  { keys: ['[', ']'], action: 'Learning rate down / up by a quarter decade' },
  { keys: ['1', '…', '9'], action: 'Show hidden layer 1 … 9' },
  { keys: ['F', 'P'], action: 'Presenter mode on / off' },
  { keys: ['?'], action: 'This list' },
  { keys: ['Esc'], action: 'Close this list, or leave presenter mode' },
  { keys: ['←', '→', 'Home', 'End'], action: 'On the timeline: move between probes' },
];
