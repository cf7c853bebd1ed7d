import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import type { NetStatus } from '../../src/protocol/messages.ts';
import { MAX_LINK_EVENTS } from '../../src/store/share-link.ts';
import { parseUrlState } from '../../src/store/url-state.ts';
import { labWith, netStatus } from './lab-fixture.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** The fixture's twins at step 300, whose rates changed live at these [step, lr] after [0, 1]. */
function labChanged(changes: readonly (readonly [number, number])[]) {
  const nets: NetStatus[] = [
    { ...netStatus('plain', false), lrChanges: [[0, 1], ...changes] },
    { ...netStatus('bn', true), lrChanges: [[0, 1], ...changes] },
  ];
  return labWith({ nets });
}

const linkField = () => screen.getByRole<HTMLInputElement>('textbox', { name: 'Link to this run' });

describe('Share', () => {
  it('copies a link that replays the run to its step, the live rate changes as its schedule', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const lab = labChanged([[150, 0.3]]);
    lab.store.getState().setScrubStep(200);
    render(<App store={lab.store} />);
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    const dialog = screen.getByRole('dialog', { name: 'Share this run' });
    expect(dialog).toHaveAccessibleDescription(/replays this run to step 300/);
    expect(linkField()).toHaveFocus();
    expect(await screen.findByText('Copied to the clipboard.')).toBeInTheDocument();
    const url = linkField().value;
    expect(writeText).toHaveBeenCalledWith(url);
    const parsed = parseUrlState(new URL(url).search);
    expect(parsed.notice).toBeNull();
    expect(parsed.config.events).toEqual([{ step: 150, type: 'lr', lr: 0.3 }]);
    expect(parsed.config.lr).toBe(1);
    expect(parsed.stop).toEqual({ step: 300, scrub: 200 });
  });

  it('shows the link to copy by hand where the browser does not let the page copy', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    render(<App store={labWith().store} />);
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(await screen.findByText(/did not let the page copy it: select the link above/)).toBeInTheDocument();
    expect(linkField().value).toMatch(/^http.*\?scene=paper-fig1&.*&at=300$/);
  });

  it('closes on Escape and gives focus back to Share, without leaving presenter mode or anything else', async () => {
    const lab = labWith();
    render(<App store={lab.store} />);
    const share = screen.getByRole('button', { name: 'Share' });
    await userEvent.click(share);
    await userEvent.keyboard(' ');
    expect(lab.port.sent).toEqual([]);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(share).toHaveFocus();
  });

  it(`says a schedule of more than ${MAX_LINK_EVENTS} changes is too long for a link, and saves the run as a file`, async () => {
    const changes = Array.from({ length: MAX_LINK_EVENTS + 1 }, (_, i) => [i + 1, i % 2 ? 1 : 0.5] as const);
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return 'blob:run';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(<App store={labChanged(changes).store} />);
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    const dialog = screen.getByRole('dialog', { name: 'Share this run' });
    expect(dialog).toHaveTextContent(`changes its learning rate (or scales a layer) 33 times. A link holds at most 32`);
    expect(screen.queryByRole('textbox', { name: 'Link to this run' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save the run as a file' }));
    expect(saved).toHaveLength(1);
    const run = JSON.parse(await saved[0].text()) as { config: { events: unknown[] } };
    expect(run.config.events).toHaveLength(33);
  });

  it('offers the link as a QR code', async () => {
    render(<App store={labWith().store} />);
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    await userEvent.click(screen.getByRole('button', { name: 'Show as a QR code' }));
    expect(screen.getByRole('dialog', { name: 'Open this run on your phone' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Share this run' })).not.toBeInTheDocument();
  });
});
