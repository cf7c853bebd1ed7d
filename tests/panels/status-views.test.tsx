import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ErrorBanner, FatalErrorView } from '../../src/panels/error-view.tsx';
import { LoadingProgress } from '../../src/panels/loading-progress.tsx';
import { NoticeBanner } from '../../src/panels/notice-banner.tsx';
import { labWith, renderWith } from './lab-fixture.tsx';

describe('NoticeBanner', () => {
  it('shows the store’s notice until dismissed', async () => {
    const { store } = renderWith(
      <NoticeBanner />,
      labWith({ initial: { notice: 'This link could not be used (h=abc)' } }),
    );
    expect(screen.getByRole('status', { name: 'Notice' })).toHaveTextContent('This link could not be used (h=abc)');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(store.getState().notice).toBeNull();
  });

  it('shows nothing without a notice', () => {
    const { container } = renderWith(<NoticeBanner />, labWith());
    expect(container).toBeEmptyDOMElement();
  });
});

describe('errors', () => {
  it('shows a fatal error with Restart, which restarts the worker', async () => {
    const lab = labWith();
    renderWith(
      <>
        <ErrorBanner />
        <FatalErrorView />
      </>,
      lab,
    );
    act(() =>
      lab.store.getState().receive({ type: 'error', message: 'The lab worker crashed: out of memory.', fatal: true }),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The lab stopped');
    expect(screen.getByRole('alert')).toHaveTextContent('The lab worker crashed: out of memory.');
    await userEvent.click(screen.getByRole('button', { name: 'Restart' }));
    expect(lab.port.restarts).toBe(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a non-fatal error as a banner that can be dismissed', async () => {
    const lab = labWith();
    renderWith(
      <>
        <ErrorBanner />
        <FatalErrorView />
      </>,
      lab,
    );
    act(() =>
      lab.store.getState().receive({ type: 'error', message: 'lr must be between 1e-6 and 1000', fatal: false }),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('lr must be between 1e-6 and 1000');
    expect(screen.queryByRole('button', { name: 'Restart' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('LoadingProgress', () => {
  it('says the lab is starting before the worker answers', () => {
    renderWith(<LoadingProgress />, labWith({ steps: [] }));
    expect(screen.getByText('Starting the lab…')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('shows the MNIST download as a progress bar with its percentage', () => {
    const lab = labWith({ steps: [] });
    renderWith(<LoadingProgress />, lab);
    act(() => lab.store.getState().receive({ type: 'loading', loaded: 420, total: 1000 }));
    const bar = screen.getByRole('progressbar', { name: 'Loading the MNIST digits' });
    expect(bar).toHaveAttribute('value', '42');
    expect(screen.getByText('42 %')).toBeInTheDocument();
  });

  it('shows megabytes when the size is unknown', () => {
    const lab = labWith({ steps: [] });
    renderWith(<LoadingProgress />, lab);
    act(() => lab.store.getState().receive({ type: 'loading', loaded: 3 * 1024 * 1024, total: 0 }));
    expect(screen.getByRole('progressbar')).not.toHaveAttribute('value');
    expect(screen.getByText('3.0 MB')).toBeInTheDocument();
  });
});
