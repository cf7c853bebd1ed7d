import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LR_MAX_POSITION, positionFromLr } from '../../src/panels/learning-rate.ts';
import { Sidebar } from '../../src/panels/sidebar.tsx';
import { labWith, renderWith } from './lab-fixture.tsx';
import { lastConfig, netKinds } from './sidebar-helpers.ts';

describe('Sidebar', () => {
  it('labels every input', () => {
    renderWith(<Sidebar />, labWith());
    const labels = [
      'Kind of plain',
      'Learning rate of plain',
      'Kind of bn',
      'Learning rate of bn',
      'Kind of the new net',
      'Learning rate',
      'Same learning rate for every net',
      'Data set',
      'Hidden layers',
      'Units per layer',
      'Activation',
      'Initialisation',
      'Init σ',
      'Batch size',
      'Init seed',
      'Data seed',
      'Run length (steps)',
      'Probe every (steps)',
    ];
    for (const label of labels) expect(screen.getByLabelText(label)).toBeInTheDocument();
    expect(screen.getByLabelText('Data set')).toHaveValue('mnist');
    expect(screen.getByLabelText('Units per layer')).toHaveValue(6);
  });

  it('lists plain on the left and bn on the right, and says a change of kind restarts from shared weights', () => {
    renderWith(<Sidebar />, labWith());
    expect(screen.getByRole('list', { name: 'Nets' })).toBeInTheDocument();
    expect(screen.getByLabelText('Kind of plain')).toHaveValue('none');
    expect(screen.getByLabelText('Kind of bn')).toHaveValue('bn');
    expect(screen.getByText(/restarts every net from the same initial weights/)).toBeInTheDocument();
  });

  it('moving the learning-rate slider sends a set-config with the new rate and shows it', () => {
    const { port } = renderWith(<Sidebar />, labWith());
    const slider = screen.getByLabelText('Learning rate');
    fireEvent.change(slider, { target: { value: String(positionFromLr(0.1)) } });
    expect(lastConfig(port.sent).lr).toBe(0.1);
    expect(slider).toHaveAttribute('aria-valuetext', '0.1');
  });

  it('steps along 1, 2, 3, 5 per decade from 0.001 to 100, so every position is a round rate', () => {
    const { port } = renderWith(<Sidebar />, labWith());
    const slider = screen.getByLabelText('Learning rate');
    expect(slider).toHaveAttribute('min', '0');
    expect(slider).toHaveAttribute('max', String(LR_MAX_POSITION));
    const rates: number[] = [];
    for (let position = 0; position <= LR_MAX_POSITION; position++) {
      fireEvent.change(slider, { target: { value: String(position) } });
      rates.push(lastConfig(port.sent).lr);
    }
    const decade = (d: number) => [1, 2, 3, 5].map((m) => Number(`${m}e${d}`));
    expect(rates).toEqual([...decade(-3), ...decade(-2), ...decade(-1), ...decade(0), ...decade(1), 100]);
    expect(rates).toContain(0.3);
    expect(rates).toContain(30);
  });

  it('unlinked, gives each side its own slider that changes only that side', async () => {
    const { port } = renderWith(<Sidebar />, labWith());
    await userEvent.click(screen.getByLabelText('Same learning rate for every net'));
    const right = screen.getByLabelText('Learning rate of bn');
    expect(screen.getByLabelText('Learning rate of plain')).toBeInTheDocument();
    fireEvent.change(right, { target: { value: String(positionFromLr(10)) } });
    const config = lastConfig(port.sent);
    expect(config.nets.map((net) => net.lr)).toEqual([undefined, 10]);
    expect(config.lr).toBe(1);
  });

  it('changing a net’s kind sends a set-config with that net changed, every net named after its kind', async () => {
    const { port } = renderWith(<Sidebar />, labWith());
    await userEvent.selectOptions(screen.getByLabelText('Kind of bn'), 'none');
    expect(netKinds(lastConfig(port.sent))).toEqual(['plain: none', 'plain-2: none']);
    await userEvent.selectOptions(screen.getByLabelText('Kind of plain'), 'bn');
    expect(netKinds(lastConfig(port.sent))).toEqual(['bn: bn', 'plain: none']);
  });

  it('applies the architecture on Enter, not at every keystroke', async () => {
    const { port } = renderWith(<Sidebar />, labWith());
    const depth = screen.getByLabelText('Hidden layers');
    await userEvent.clear(depth);
    await userEvent.type(depth, '5');
    expect(port.sent).toEqual([]);
    await userEvent.keyboard('{Enter}');
    expect(lastConfig(port.sent).hidden).toEqual([6, 6, 6, 6, 6]);
    const width = screen.getByLabelText('Units per layer');
    await userEvent.clear(width);
    await userEvent.type(width, '40');
    await userEvent.tab();
    expect(lastConfig(port.sent).hidden).toEqual([40, 40, 40, 40, 40]);
  });

  it('sends the data set, activation, initialisation, batch size, seeds and probe interval', async () => {
    const { port } = renderWith(<Sidebar />, labWith());
    await userEvent.selectOptions(screen.getByLabelText('Data set'), 'spiral');
    expect(lastConfig(port.sent)).toMatchObject({ dataset: 'spiral', inputDim: 2 });
    await userEvent.selectOptions(screen.getByLabelText('Activation'), 'tanh');
    expect(lastConfig(port.sent).activation).toBe('tanh');
    await userEvent.selectOptions(screen.getByLabelText('Initialisation'), 'xavier');
    expect(lastConfig(port.sent).init).toEqual({ kind: 'xavier' });
    expect(screen.queryByLabelText('Init σ')).not.toBeInTheDocument();
    for (const [label, value, key] of [
      ['Batch size', '32', 'batchSize'],
      ['Init seed', '7', 'initSeed'],
      ['Data seed', '8', 'dataSeed'],
      ['Probe every (steps)', '20', 'probeEvery'],
    ] as const) {
      const input = screen.getByLabelText(label);
      await userEvent.clear(input);
      await userEvent.type(input, `${value}{Enter}`);
      expect(lastConfig(port.sent)[key]).toBe(Number(value));
    }
  });

  it('collapses to a single button and opens again', async () => {
    renderWith(<Sidebar />, labWith());
    await userEvent.click(screen.getByRole('button', { name: /hide settings/i }));
    expect(screen.queryByLabelText('Data set')).not.toBeInTheDocument();
    const open = screen.getByRole('button', { name: /settings/i });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(open);
    expect(screen.getByLabelText('Data set')).toBeInTheDocument();
  });
});
