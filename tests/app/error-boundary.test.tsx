import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/error-boundary.tsx';

let armed = true;

function Bomb() {
  if (armed) throw new Error('cannot read the probes');
  return <p>charts are back</p>;
}

beforeEach(() => {
  armed = true;
  // React reports the caught error on the console; the page shows it instead
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => vi.restoreAllMocks());

describe('ErrorBoundary', () => {
  it('shows a render error with Restart instead of a blank page', () => {
    render(
      <ErrorBoundary area="charts" onRestart={() => undefined}>
        <Bomb />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong in the charts');
    expect(screen.getByRole('alert')).toHaveTextContent('cannot read the probes');
  });

  it('Restart calls onRestart and renders the children again', async () => {
    const onRestart = vi.fn(() => {
      armed = false;
    });
    render(
      <ErrorBoundary area="page" onRestart={onRestart}>
        <Bomb />
      </ErrorBoundary>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Restart' }));
    expect(onRestart).toHaveBeenCalledOnce();
    expect(screen.getByText('charts are back')).toBeInTheDocument();
  });
});
