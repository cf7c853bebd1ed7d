/** The keyboard map, as the help dialog lists it. The handlers are in use-keyboard-shortcuts.ts. */

export interface KeyBinding {
  readonly keys: readonly string[];
  readonly action: string;
}

export const KEYMAP: readonly KeyBinding[] = [
  { keys: ['Space'], action: 'Play / pause' },
  { keys: ['→'], action: 'One training step (pauses)' },
  { keys: ['R'], action: 'Reset the nets to their shared initial weights' },
  { keys: ['B'], action: 'Batch norm on / off in the right-most net (restarts the run)' },
  { keys: ['[', ']'], action: 'Learning rate down / up one step' },
  { keys: ['1', '…', '9'], action: 'Show hidden layer 1 … 9' },
  {
    keys: ['Page Down', 'Page Up'],
    action: 'Next / previous scene of the lessons (what a presentation clicker sends)',
  },
  { keys: ['P'], action: 'Presenter mode on / off' },
  { keys: ['F'], action: 'Full screen on / off' },
  { keys: ['E'], action: 'Export: the run as JSON or CSV, or every chart as SVG and PNG' },
  { keys: ['Q'], action: 'The link to this run as a QR code, full screen, for phones in the hall' },
  { keys: ['?'], action: 'This list' },
  { keys: ['Esc'], action: 'Close this list or the QR code, or leave presenter mode' },
  { keys: ['Enter'], action: 'Press the focused button' },
  { keys: ['←', '→', 'Page Up', 'Page Down', 'Home', 'End'], action: 'On a focused slider or the timeline: move it' },
];
