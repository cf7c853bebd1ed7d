import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ToWorker } from '../../src/protocol/messages.ts';
import { HelpDialog } from '../../src/panels/help-dialog.tsx';
import { useKeyboardShortcuts } from '../../src/panels/use-keyboard-shortcuts.ts';
import { NumberField } from '../../src/panels/number-field.tsx';
import { useLabStore } from '../../src/store/use-lab.ts';
import { labWith, renderWith } from './lab-fixture.tsx';

function Keys() {
  useKeyboardShortcuts(useLabStore());
  return (
    <>
      <button type="button">Elsewhere</button>
      <NumberField label="Batch size" value={60} min={2} max={2000} integer onCommit={() => undefined} />
      <HelpDialog />
    </>
  );
}

function setup() {
  return renderWith(<Keys />, labWith());
}

const lrOf = (sent: readonly ToWorker[]) => sent.flatMap((msg) => (msg.type === 'set-config' ? [msg.config.lr] : []));

describe('useKeyboardShortcuts', () => {
  it('space plays and pauses, → steps, r resets', async () => {
    const { port } = setup();
    await userEvent.keyboard(' ');
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{ArrowRight}r');
    expect(port.sent).toEqual([{ type: 'play' }, { type: 'pause' }, { type: 'step', count: 1 }, { type: 'reset' }]);
  });

  it('b toggles BN on the right side', async () => {
    const { port } = setup();
    await userEvent.keyboard('b');
    const [msg] = port.sent;
    expect(msg.type === 'set-config' && msg.config.nets.map((net) => net.bn)).toEqual([false, false]);
  });

  it('[ and ] move the learning rate a quarter decade down and up', async () => {
    const { port } = setup();
    await userEvent.keyboard('[[');
    await userEvent.keyboard(']');
    await userEvent.keyboard(']');
    expect(lrOf(port.sent)).toEqual([0.562, 1, 1.78]);
  });

  it('unlinked, [ and ] scale each side’s own rate', async () => {
    const { port, store } = setup();
    store.getState().setLinked(false);
    store.getState().setLearningRate(0.1, 0);
    port.sent.length = 0;
    await userEvent.keyboard(']');
    const last = port.sent[port.sent.length - 1];
    expect(last.type === 'set-config' && last.config.nets.map((net) => net.lr)).toEqual([0.178, 1.78]);
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

  it('f and p toggle presenter mode; Escape leaves it', async () => {
    const { store } = setup();
    await userEvent.keyboard('f');
    expect(store.getState().presenter).toBe(true);
    await userEvent.keyboard('p');
    expect(store.getState().presenter).toBe(false);
    await userEvent.keyboard('f{Escape}');
    expect(store.getState().presenter).toBe(false);
  });

  it('? opens the keyboard map as a dialog; Escape closes it', async () => {
    setup();
    await userEvent.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveTextContent('Play / pause');
    expect(dialog).toHaveTextContent('Presenter mode on / off');
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('while the map is open, other keys do nothing', async () => {
    const { port } = setup();
    await userEvent.keyboard('?r');
    expect(port.sent).toEqual([]);
  });

  it('ignores keys typed into a field and space on a focused button', async () => {
    const { port, store } = setup();
    await userEvent.type(screen.getByLabelText('Batch size'), 'rb f[[]');
    expect(store.getState().presenter).toBe(false);
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    await userEvent.keyboard(' ');
    expect(port.sent).toEqual([]);
  });

  it('ignores shortcuts with Ctrl or Meta held', async () => {
    const { port } = setup();
    await userEvent.keyboard('{Control>}r{/Control}{Meta>}b{/Meta}');
    expect(port.sent).toEqual([]);
  });
});
