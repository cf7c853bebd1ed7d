import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { createLabStore } from '../../src/store/lab-store.ts';
import { parseUrlState } from '../../src/store/url-state.ts';
import { fakePort } from '../store/fake-port.ts';
import { labWith, snapshotMessages } from '../panels/lab-fixture.tsx';

describe('App', () => {
  it('says it is starting, then shows the charts as soon as the step-0 probe arrives', () => {
    const lab = labWith({ steps: [] });
    render(<App store={lab.store} />);
    expect(screen.getByText('Starting the lab…')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: 'Test accuracy of every net' })).not.toBeInTheDocument();
    act(() => {
      for (const msg of snapshotMessages(lab.store.getState().config, [0])) lab.store.getState().receive(msg);
    });
    expect(screen.getByRole('img', { name: 'Test accuracy of every net' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'bn test accuracy' })).toHaveTextContent('test acc 10.0 %');
  });

  it('lays out the top bar, the settings, the comparison and the timeline as landmarks', () => {
    render(<App store={labWith().store} />);
    expect(screen.getByRole('banner')).toHaveTextContent('BN Lab');
    expect(screen.getByRole('complementary', { name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(within(screen.getByRole('contentinfo')).getByRole('slider')).toBeInTheDocument();
  });

  it('shows a malformed link’s notice in a banner that can be dismissed', async () => {
    const parsed = parseUrlState('?h=abc');
    render(<App store={createLabStore(fakePort(), parsed)} />);
    expect(screen.getByRole('status', { name: 'Notice' })).toHaveTextContent(
      /could not be used: h=abc \(not a number\)/,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/could not be used/)).not.toBeInTheDocument();
  });

  it('plays on space, opens the keyboard map on ?, and presents on p', async () => {
    const lab = labWith();
    const { container } = render(<App store={lab.store} />);
    await userEvent.keyboard(' ');
    expect(lab.port.sent).toEqual([{ type: 'play' }]);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    await userEvent.keyboard('?');
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}p');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(container.firstElementChild).toHaveClass('is-presenter');
    expect(screen.queryByRole('complementary', { name: 'Settings' })).not.toBeInTheDocument();
    const axis = within(screen.getByRole('img', { name: 'Test accuracy of every net' }))
      .getByText('step')
      .closest('[data-axis]');
    expect(Number(axis?.getAttribute('font-size'))).toBeGreaterThanOrEqual(24);
  });

  it('replaces the charts with the error and Restart when the worker dies', async () => {
    const lab = labWith();
    render(<App store={lab.store} />);
    act(() => lab.store.getState().receive({ type: 'error', message: 'The lab worker crashed: boom.', fatal: true }));
    expect(screen.queryByRole('img', { name: 'Test accuracy of every net' })).not.toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The lab worker crashed: boom.');
    await userEvent.click(screen.getByRole('button', { name: 'Restart' }));
    expect(lab.port.restarts).toBe(1);
    expect(screen.getByText('Starting the lab…')).toBeInTheDocument();
  });
});
