import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { labWith } from '../panels/lab-fixture.tsx';

describe('presenter mode and focus', () => {
  it('clicking Present moves focus to the main region, so space then plays rather than leaving', async () => {
    const lab = labWith();
    render(<App store={lab.store} />);
    await userEvent.click(screen.getByRole('button', { name: 'Present' }));
    expect(screen.getByRole('main')).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(lab.port.sent).toEqual([{ type: 'play' }]);
    expect(lab.store.getState().presenter).toBe(true);
  });

  it('p from inside the sidebar, which presenter mode removes, leaves focus on the main region', async () => {
    const lab = labWith();
    render(<App store={lab.store} />);
    within(screen.getByRole('complementary', { name: 'Settings' }))
      .getAllByRole('button')[0]
      .focus();
    await userEvent.keyboard('p');
    expect(screen.queryByRole('complementary', { name: 'Settings' })).not.toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('space on the focused Exit presenter button plays; Enter on it leaves presenter mode', async () => {
    const lab = labWith();
    render(<App store={lab.store} />);
    await userEvent.keyboard('p');
    screen.getByRole('button', { name: 'Exit presenter' }).focus();
    await userEvent.keyboard(' ');
    expect(lab.store.getState().presenter).toBe(true);
    expect(lab.port.sent).toEqual([{ type: 'play' }]);
    await userEvent.keyboard('{Enter}');
    expect(lab.store.getState().presenter).toBe(false);
  });
});
