import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { positionFromLr } from '../../src/panels/learning-rate.ts';
import { Sidebar } from '../../src/panels/sidebar.tsx';
import { labWith, renderWith } from './lab-fixture.tsx';
import { lastConfig } from './sidebar-helpers.ts';

describe('Sidebar exact learning rate', () => {
  const readout = () => screen.getByRole('button', { name: /^Learning rate [\d.]+: type an exact value$/ });
  const exact = () => screen.getByRole('textbox', { name: 'Learning rate, exact value' });

  it('applies a typed rate as it is on Enter, and the slider sits at the nearest rung', async () => {
    const { port } = renderWith(<Sidebar />, labWith());
    await userEvent.click(readout());
    expect(exact()).toHaveFocus();
    await userEvent.clear(exact());
    await userEvent.type(exact(), '0.07{Enter}');
    expect(lastConfig(port.sent).lr).toBe(0.07);
    const slider = screen.getByLabelText('Learning rate');
    expect(slider).toHaveAttribute('aria-valuetext', '0.07');
    expect(slider).toHaveValue(String(positionFromLr(0.05)));
    expect(readout()).toHaveTextContent('0.07');
    expect(readout()).toHaveFocus();
  });

  it('keeps the old rate and says why when the text is not a rate in range, and Escape cancels', async () => {
    const { port } = renderWith(<Sidebar />, labWith());
    await userEvent.click(readout());
    await userEvent.clear(exact());
    await userEvent.type(exact(), '5000{Enter}');
    const note = 'Learning rate must be a number from 0.000001 to 1000; kept 1.';
    expect(exact()).toHaveAccessibleDescription(note);
    expect(screen.getByText(note)).toHaveAttribute('role', 'status');
    await userEvent.clear(exact());
    await userEvent.type(exact(), 'fast{Enter}');
    expect(exact()).toHaveAccessibleDescription(note);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Learning rate, exact value' })).not.toBeInTheDocument();
    expect(readout()).toHaveTextContent('1');
    expect(port.sent).toEqual([]);
  });

  it('applies a typed rate when the input loses focus', async () => {
    const { port } = renderWith(<Sidebar />, labWith());
    await userEvent.click(readout());
    await userEvent.clear(exact());
    await userEvent.type(exact(), '0.25');
    await userEvent.tab();
    expect(lastConfig(port.sent).lr).toBe(0.25);
  });

  it('unlinked, types an exact rate for one side only', async () => {
    const { port } = renderWith(<Sidebar />, labWith());
    await userEvent.click(screen.getByLabelText('Same learning rate for every net'));
    await userEvent.click(screen.getByRole('button', { name: /^Learning rate of bn 1: type an exact value$/ }));
    const input = screen.getByRole('textbox', { name: 'Learning rate of bn, exact value' });
    await userEvent.clear(input);
    await userEvent.type(input, '0.07{Enter}');
    expect(lastConfig(port.sent).nets.map((net) => net.lr)).toEqual([undefined, 0.07]);
  });
});
