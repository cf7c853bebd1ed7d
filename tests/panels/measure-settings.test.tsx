import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Sidebar } from '../../src/panels/sidebar.tsx';
import { labWith, renderWith } from './lab-fixture.tsx';
import { lastConfig } from './sidebar-helpers.ts';

describe('the sidebar’s measurements', () => {
  it('offers the three, off by default, each with its cost', () => {
    renderWith(<Sidebar />, labWith());
    for (const [name, cost] of [
      ['Distribution shift', /one forward pass/],
      ['Gradient ICS', /one gradient pass per hidden layer/],
      ['Loss landscape', /five gradient passes/],
    ] as const) {
      const box = screen.getByRole('checkbox', { name });
      expect(box).not.toBeChecked();
      expect(box).toHaveAccessibleDescription(cost);
    }
  });

  it('switches one on and off live: a set-config that keeps the nets, no reset', async () => {
    const { port, store } = renderWith(<Sidebar />, labWith());
    await userEvent.click(screen.getByRole('checkbox', { name: 'Gradient ICS' }));
    expect(lastConfig(port.sent).measure).toEqual({ shift: false, ics: true, landscape: false });
    expect(store.getState().resetPending).toBe(false);
    expect(screen.getByRole('checkbox', { name: 'Gradient ICS' })).toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Gradient ICS' }));
    expect(lastConfig(port.sent).measure).toBeUndefined();
  });

  it('shows a scene’s measurements as on', () => {
    const { store } = renderWith(<Sidebar />, labWith());
    act(() => store.getState().loadPreset('santurkar'));
    for (const name of ['Distribution shift', 'Gradient ICS', 'Loss landscape'])
      expect(screen.getByRole('checkbox', { name })).toBeChecked();
  });
});
