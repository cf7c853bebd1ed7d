import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { useFocusTrap } from '../../src/panels/use-focus-trap.ts';
import { labWith } from './lab-fixture.tsx';

/** A page with a button before and after a modal dialog of three controls. */
function Page({ initialFocus = false }: { readonly initialFocus?: boolean }) {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  const second = useRef<HTMLButtonElement>(null);
  useFocusTrap(dialog, open, initialFocus ? second : undefined);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open ? (
        <div ref={dialog} role="dialog" aria-modal="true" aria-label="Settings" tabIndex={-1}>
          <button type="button">First</button>
          <button ref={second} type="button">
            Second
          </button>
          <button type="button" onClick={() => setOpen(false)}>
            Done
          </button>
        </div>
      ) : null}
      <button type="button">Behind</button>
    </>
  );
}

const button = (name: string) => screen.getByRole('button', { name });

describe('useFocusTrap', () => {
  it('focuses the dialog’s first control on open, and Tab cycles through its controls only', async () => {
    render(<Page />);
    await userEvent.click(button('Open'));
    expect(button('First')).toHaveFocus();
    await userEvent.tab();
    expect(button('Second')).toHaveFocus();
    await userEvent.tab();
    expect(button('Done')).toHaveFocus();
    await userEvent.tab();
    expect(button('First')).toHaveFocus();
  });

  it('Shift+Tab cycles backwards, from the first control round to the last', async () => {
    render(<Page />);
    await userEvent.click(button('Open'));
    await userEvent.tab({ shift: true });
    expect(button('Done')).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(button('Second')).toHaveFocus();
  });

  it('starts on the control it is given', async () => {
    render(<Page initialFocus />);
    await userEvent.click(button('Open'));
    expect(button('Second')).toHaveFocus();
  });

  it('brings focus back when something moves it behind the dialog', async () => {
    render(<Page />);
    await userEvent.click(button('Open'));
    button('Behind').focus();
    expect(button('First')).toHaveFocus();
  });

  it('returns focus to the opener on close', async () => {
    render(<Page />);
    await userEvent.click(button('Open'));
    await userEvent.click(button('Done'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button('Open')).toHaveFocus();
  });
});

describe('the keyboard map dialog in the page', () => {
  function openMap() {
    const lab = labWith();
    render(<App store={lab.store} />);
    return lab;
  }

  it('keeps Tab and Shift+Tab on its Close button, never on the page behind', async () => {
    openMap();
    await userEvent.click(button('Keyboard shortcuts'));
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(button('Close')).toHaveFocus();
    for (const shift of [false, true, false]) {
      await userEvent.tab({ shift });
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
      expect(button('Close')).toHaveFocus();
    }
  });

  it('Escape closes it and gives focus back to the button that opened it', async () => {
    openMap();
    await userEvent.click(button('Keyboard shortcuts'));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button('Keyboard shortcuts')).toHaveFocus();
  });

  it('its Close button gives focus back to the button that opened it', async () => {
    openMap();
    await userEvent.click(button('Keyboard shortcuts'));
    await userEvent.click(button('Close'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button('Keyboard shortcuts')).toHaveFocus();
  });

  it('opened with ? from a focused control, it gives focus back to that control', async () => {
    openMap();
    button('Reset').focus();
    await userEvent.keyboard('?');
    expect(button('Close')).toHaveFocus();
    await userEvent.keyboard('?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button('Reset')).toHaveFocus();
  });
});
