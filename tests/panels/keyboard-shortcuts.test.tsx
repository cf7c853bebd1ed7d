import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ToWorker } from '../../src/protocol/messages.ts';
import { HelpDialog } from '../../src/panels/help-dialog.tsx';
import { nudgeLr } from '../../src/panels/learning-rate.ts';
import { useKeyboardShortcuts } from '../../src/panels/use-keyboard-shortcuts.ts';
import { NumberField } from '../../src/panels/number-field.tsx';
import { DEFAULT_CONFIG } from '../../src/store/default-config.ts';
import { useLabStore } from '../../src/store/use-lab.ts';
import { labWith, renderWith } from './lab-fixture.tsx';

const pressed = vi.fn();

function Keys() {
  useKeyboardShortcuts(useLabStore());
  return (
    <>
      <button type="button" onClick={pressed}>
        Elsewhere
      </button>
      <input type="range" aria-label="Learning rate" min={0} max={10} defaultValue={5} />
      <label>
        <input type="checkbox" /> Linked
      </label>
      <NumberField label="Batch size" value={60} min={2} max={2000} integer onCommit={() => undefined} />
      <textarea aria-label="Notes" />
      <div contentEditable aria-label="Editable" role="textbox" suppressContentEditableWarning />
      <HelpDialog />
    </>
  );
}

function setup(lab = labWith()) {
  pressed.mockClear();
  return renderWith(<Keys />, lab);
}

const typesOf = (sent: readonly ToWorker[]) => sent.map((msg) => msg.type);
const lrOf = (sent: readonly ToWorker[]) => sent.flatMap((msg) => (msg.type === 'set-config' ? [msg.config.lr] : []));
const bnOf = (msg: ToWorker | undefined) =>
  msg?.type === 'set-config' ? msg.config.nets.map((net) => net.norm === 'bn') : null;

/** Stands in for the browser's Fullscreen API, which jsdom lacks; returns the two calls to watch. */
function stubFullscreen(element: Element | null) {
  const request = vi.fn().mockResolvedValue(undefined);
  const exit = vi.fn().mockResolvedValue(undefined);
  Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, value: true });
  Object.defineProperty(document, 'fullscreenElement', { configurable: true, value: element });
  Object.defineProperty(document, 'exitFullscreen', { configurable: true, value: exit });
  Object.defineProperty(document.documentElement, 'requestFullscreen', { configurable: true, value: request });
  return { request, exit };
}

afterEach(() => {
  for (const key of ['fullscreenEnabled', 'fullscreenElement', 'exitFullscreen']) Reflect.deleteProperty(document, key);
  Reflect.deleteProperty(document.documentElement, 'requestFullscreen');
});

describe('useKeyboardShortcuts', () => {
  it('space plays and pauses, → steps, r resets', async () => {
    const { port } = setup();
    await userEvent.keyboard(' ');
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{ArrowRight}r');
    expect(typesOf(port.sent)).toEqual(['play', 'pause', 'step', 'reset']);
  });

  it('b toggles BN on the right side', async () => {
    const { port } = setup();
    await userEvent.keyboard('b');
    expect(bnOf(port.sent[0])).toEqual([false, false]);
  });

  it('b toggles BN on the right-most net when there are three', async () => {
    const nets = [...DEFAULT_CONFIG.nets, { name: 'plain-2', norm: 'none' as const }];
    const { port } = setup(labWith({ initial: { config: { ...DEFAULT_CONFIG, hidden: [6, 6, 6], nets } } }));
    await userEvent.keyboard('b');
    expect(bnOf(port.sent[0])).toEqual([false, true, true]);
  });

  it('[ and ] move the learning rate one step down and up', async () => {
    const { port } = setup();
    const down = nudgeLr(1, -1);
    // '[[' is user-event's escape for a single '['
    await userEvent.keyboard('[[');
    await userEvent.keyboard(']');
    await userEvent.keyboard(']');
    expect(down).toBeLessThan(1);
    expect(lrOf(port.sent)).toEqual([down, nudgeLr(down, 1), nudgeLr(nudgeLr(down, 1), 1)]);
  });

  it('unlinked, [ and ] scale each side’s own rate', async () => {
    const { port, store } = setup();
    store.getState().setLinked(false);
    store.getState().setLearningRate(0.1, 0);
    port.sent.length = 0;
    await userEvent.keyboard(']');
    const last = port.sent[port.sent.length - 1];
    expect(last.type === 'set-config' && last.config.nets.map((net) => net.lr)).toEqual([
      nudgeLr(0.1, 1),
      nudgeLr(1, 1),
    ]);
  });

  it('1–9 pick a hidden layer that exists', async () => {
    const { store } = setup();
    await userEvent.keyboard('1');
    expect(store.getState().selectedLayer).toBe(0);
    await userEvent.keyboard('2');
    expect(store.getState().selectedLayer).toBe(1);
    await userEvent.keyboard('9');
    expect(store.getState().selectedLayer).toBe(1);
  });

  it('p toggles presenter mode; Escape leaves it', async () => {
    const { store } = setup();
    await userEvent.keyboard('p');
    expect(store.getState().presenter).toBe(true);
    await userEvent.keyboard('p');
    expect(store.getState().presenter).toBe(false);
    await userEvent.keyboard('p{Escape}');
    expect(store.getState().presenter).toBe(false);
  });

  it('f asks the browser for full screen, and leaves it when on; presenter mode stays as it was', async () => {
    const { store } = setup();
    const off = stubFullscreen(null);
    await userEvent.keyboard('f');
    expect(off.request).toHaveBeenCalledTimes(1);
    const on = stubFullscreen(document.documentElement);
    await userEvent.keyboard('f');
    expect(on.exit).toHaveBeenCalledTimes(1);
    expect(store.getState().presenter).toBe(false);
  });

  it('f does nothing where the browser has no full screen', async () => {
    const { store, port } = setup();
    await userEvent.keyboard('f');
    expect(store.getState().presenter).toBe(false);
    expect(port.sent).toEqual([]);
  });

  it('? opens the keyboard map as a dialog; Escape closes it', async () => {
    setup();
    await userEvent.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveTextContent('Play / pause');
    expect(dialog).toHaveTextContent('Presenter mode on / off');
    expect(dialog).toHaveTextContent('Full screen on / off');
    expect(dialog).toHaveAccessibleDescription(/wherever focus is, except while typing in a field/);
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('while the map is open, other keys do nothing and space presses Close', async () => {
    const { port } = setup();
    await userEvent.keyboard('?r ');
    expect(port.sent).toEqual([]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('ignores keys typed into text fields, but Escape still leaves presenter mode', async () => {
    const { port, store } = setup();
    await userEvent.type(screen.getByLabelText('Batch size'), 'rb pf[[] 1');
    await userEvent.type(screen.getByRole('textbox', { name: 'Notes' }), 'r p');
    await userEvent.type(screen.getByRole('textbox', { name: 'Editable' }), 'r p');
    expect(port.sent).toEqual([]);
    expect(store.getState()).toMatchObject({ presenter: false, selectedLayer: 2 });
    store.getState().setPresenter(true);
    await userEvent.keyboard('{Escape}');
    expect(store.getState().presenter).toBe(false);
  });

  it('space on a focused button plays instead of pressing it, and Enter still presses it', async () => {
    const { port } = setup();
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    await userEvent.keyboard(' ');
    expect(typesOf(port.sent)).toEqual(['play']);
    expect(pressed).not.toHaveBeenCalled();
    await userEvent.keyboard('{Enter}');
    expect(pressed).toHaveBeenCalledTimes(1);
    expect(typesOf(port.sent)).toEqual(['play']);
  });

  it('a focused slider keeps its arrows, but space, r, [ ] and p act on the page', async () => {
    const { port, store } = setup();
    const slider = screen.getByRole('slider', { name: 'Learning rate' });
    slider.focus();
    // user-event moves a text caret on these keys, which jsdom cannot do in a range input
    for (const key of ['ArrowRight', 'ArrowLeft', 'PageUp', 'Home', 'End'])
      expect(fireEvent.keyDown(slider, { key })).toBe(true);
    expect(port.sent).toEqual([]);
    await userEvent.keyboard(' ');
    await userEvent.keyboard(']');
    await userEvent.keyboard('r');
    await userEvent.keyboard('p');
    expect(typesOf(port.sent)).toEqual(['play', 'set-config', 'reset']);
    expect(store.getState().presenter).toBe(true);
  });

  it('a focused checkbox keeps space, its only key, and passes the others on', async () => {
    const { port } = setup();
    const checkbox = screen.getByRole('checkbox', { name: 'Linked' });
    checkbox.focus();
    await userEvent.keyboard(' ');
    expect(checkbox).toBeChecked();
    await userEvent.keyboard('{ArrowRight}');
    expect(typesOf(port.sent)).toEqual(['step']);
  });

  it('Page Down and Page Up go to the next and previous scene, as a presentation clicker does', async () => {
    const { port, store } = setup();
    await userEvent.keyboard('{PageDown}');
    expect(store.getState().presetName).toBe('saturation');
    expect(port.sent[0]).toMatchObject({ type: 'set-config', config: { init: { kind: 'gauss', sigma: 1 } } });
    await userEvent.keyboard('{PageDown}{PageDown}{PageUp}');
    expect(store.getState().presetName).toBe('center-trap');
  });

  it('past the first or last scene Page Up / Down are left to the page, which scrolls', () => {
    const { port, store } = setup(labWith({ initial: { presetName: 'santurkar' } }));
    expect(fireEvent.keyDown(document.body, { key: 'PageDown' })).toBe(true);
    store.getState().loadPreset('fig1');
    port.sent.length = 0;
    expect(fireEvent.keyDown(document.body, { key: 'PageUp' })).toBe(true);
    expect(port.sent).toEqual([]);
  });

  it('from a preset that is no scene, Page Down starts the lessons', async () => {
    const { store } = setup(labWith({ initial: { presetName: 'moons-quick' } }));
    await userEvent.keyboard('{PageDown}');
    expect(store.getState().presetName).toBe('fig1');
  });

  it('a focused slider or text field keeps Page Down and Page Up', () => {
    const { port, store } = setup(labWith({ initial: { presetName: 'saturation' } }));
    for (const target of [screen.getByRole('slider', { name: 'Learning rate' }), screen.getByLabelText('Batch size')]) {
      target.focus();
      for (const key of ['PageDown', 'PageUp']) expect(fireEvent.keyDown(target, { key })).toBe(true);
    }
    expect(port.sent).toEqual([]);
    expect(store.getState().presetName).toBe('saturation');
  });

  it('the keyboard map lists Page Down / Up for scenes', async () => {
    setup();
    await userEvent.keyboard('?');
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveTextContent(
      'Next / previous scene of the lessons',
    );
  });

  it('ignores shortcuts with Ctrl or Meta held', async () => {
    const { port } = setup();
    await userEvent.keyboard('{Control>}r{/Control}{Meta>}b{/Meta}');
    expect(port.sent).toEqual([]);
  });
});
