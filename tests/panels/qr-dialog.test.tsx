import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { App } from '../../src/app/app.tsx';
import { parseUrlState } from '../../src/store/url-state.ts';
import { labWith } from './lab-fixture.tsx';

/** The modules an SVG path of `M x y h n v1 h-n z` runs marks dark, as a size × size matrix. */
function drawnModules(path: string, size: number): boolean[][] {
  const modules = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, n] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g))
    for (let i = 0; i < Number(n); i++) modules[Number(y)][Number(x) + i] = true;
  return modules;
}

function presenting() {
  const lab = labWith();
  lab.store.getState().setPresenter(true);
  render(<App store={lab.store} />);
  return lab;
}

describe('the QR code of the link', () => {
  it('opens full screen from presenter mode’s QR code button, drawing uqr’s modules in a quiet zone', async () => {
    presenting();
    await userEvent.click(screen.getByRole('button', { name: 'QR code' }));
    const dialog = screen.getByRole('dialog', { name: 'Open this run on your phone' });
    expect(dialog).toHaveClass('dialog--qr');
    const url = within(dialog).getByText(/^http/).textContent ?? '';
    // the phones get the normal view, not the projector's
    expect(parseUrlState(new URL(url).search)).toMatchObject({ stop: { step: 300 }, notice: null });
    expect(parseUrlState(new URL(url).search).view.presenter).toBe(false);

    const qr = encode(url, { ecc: 'L', boostEcc: true, border: 0 });
    const svg = within(dialog).getByRole('img', { name: 'QR code of the link to this run' });
    expect(svg.getAttribute('viewBox')).toBe(`-4 -4 ${qr.size + 8} ${qr.size + 8}`);
    const [background, modules] = [svg.querySelector('rect'), svg.querySelector('path')];
    expect(background).toHaveAttribute('fill', '#fff');
    expect(modules).toHaveAttribute('fill', '#000');
    expect(drawnModules(modules?.getAttribute('d') ?? '', qr.size)).toEqual(qr.data);
  });

  it('opens on Q, keeps focus inside, and closes on Escape, in presenter mode still, focus back where it was', async () => {
    const lab = presenting();
    const before = screen.getByRole('button', { name: 'Play' });
    before.focus();
    await userEvent.keyboard('q');
    const dialog = screen.getByRole('dialog', { name: 'Open this run on your phone' });
    const close = within(dialog).getByRole('button', { name: 'Close' });
    expect(close).toHaveFocus();
    await userEvent.tab();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    // the page's keys wait while it is open
    await userEvent.keyboard('pr');
    expect(lab.store.getState().presenter).toBe(true);
    expect(lab.port.sent).toEqual([]);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(lab.store.getState().presenter).toBe(true);
    expect(before).toHaveFocus();
  });

  it('is listed in the keyboard map', async () => {
    render(<App store={labWith().store} />);
    await userEvent.keyboard('?');
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveTextContent(
      /Q\s*The link to this run as a QR code/,
    );
  });
});
