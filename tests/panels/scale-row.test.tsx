import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ComparisonView } from '../../src/panels/comparison-view.tsx';
import { labWith, renderWith, runStatus } from './lab-fixture.tsx';
import { SCALE } from './measurement-fixture.ts';

const ROW = 'Scale invariance (§3.3)';
const scene = { initial: { presetName: 'scale-invariance' } };

function renderScene(options: Parameters<typeof labWith>[0] = scene) {
  const rendered = renderWith(<ComparisonView />, labWith(options));
  return { ...rendered, row: screen.getByRole('region', { name: ROW }) };
}

describe('the scale invariance row', () => {
  it('sits among the charts when its scene is loaded, and asks for the selected layer', async () => {
    const { row, port, store } = renderScene();
    expect(row.closest('details')).toBeNull();
    expect(within(row).getByRole('status')).toHaveTextContent('Not measured yet.');
    await userEvent.click(within(row).getByRole('button', { name: 'Measure' }));
    expect(port.sent).toEqual([{ type: 'measure', request: { kind: 'scale', layer: 3 } }]);
    expect(within(row).getByRole('button', { name: 'Measuring…' })).toBeDisabled();
    await userEvent.selectOptions(within(row).getByLabelText('Layer'), 'L1');
    expect(store.getState().selectedLayer).toBe(0);
  });

  it('cannot measure before the first step, and says why', () => {
    const { row } = renderScene({ ...scene, steps: [0] });
    expect(within(row).getByRole('button', { name: 'Measure' })).toBeDisabled();
    expect(within(row).getByText(/Take a step first/)).toBeInTheDocument();
  });

  it('draws L(a·W) and a·‖∂L/∂W‖ against a, one line per net, with each in words', () => {
    const { row, store } = renderScene();
    act(() => store.getState().receive({ type: 'measured', measurement: SCALE }));
    const loss = within(row).getByRole('img', { name: 'Loss L(a·W) of layer 3 against a' });
    const grad = within(row).getByRole('img', { name: 'a·‖∂L/∂W‖ of layer 3 against a' });
    for (const chart of [loss, grad]) {
      const lines = [...chart.querySelectorAll('path[data-series]')].map((p) => p.getAttribute('data-series'));
      expect(lines).toEqual(['plain', 'bn']);
      expect([...chart.querySelectorAll('[data-tick="x"]')].map((t) => t.textContent)).toEqual([
        '0.1',
        '0.2',
        '0.5',
        '1',
        '2',
        '5',
        '10',
      ]);
    }
    expect(loss).toHaveAccessibleDescription(
      /^L\(a·W\) against a \(W scaled by a\)\. plain: [\d.]+ at 0\.1 to [\d.]+ at 10\./,
    );
    expect(loss).toHaveAccessibleDescription(/bn: 0\.35–0\.35, within 0\.0\s%/);
    const words = within(row).getByRole('list', { name: 'Scale invariance of layer 3, in words' });
    expect(within(words).getAllByRole('listitem')).toHaveLength(2);
    expect(words).toHaveTextContent(/plain: loss 0\.52–2\.5, a 4\.81-fold range/);
    expect(words).toHaveTextContent(/bn: loss 0\.35–0\.35, within 0\.0\s%; a·‖∂L\/∂W‖ 4e−2–4e−2, within/);
    expect(within(row).getByRole('status')).toHaveTextContent('Measured layer 3 at step 300.');
  });

  it('asks to measure again once the run moves on or another layer is picked', async () => {
    const { row, store } = renderScene();
    act(() => store.getState().receive({ type: 'measured', measurement: SCALE }));
    act(() => store.getState().receive({ type: 'status', status: runStatus(400) }));
    expect(within(row).getByRole('status')).toHaveTextContent('Measured layer 3 at step 300 — measure again to update');
    await userEvent.selectOptions(within(row).getByLabelText('Layer'), 'L2');
    expect(within(row).getByRole('status')).toHaveTextContent('measure again for layer 2');
  });

  it('Apply scales W of the layer at the paused step through a set-config', async () => {
    const { row, store, port } = renderScene();
    act(() => store.getState().receive({ type: 'measured', measurement: SCALE }));
    await userEvent.selectOptions(within(row).getByLabelText('Factor'), '×10');
    await userEvent.click(within(row).getByRole('button', { name: 'Apply ×10 to W of layer 3' }));
    const events = [{ step: 300, type: 'scale', layer: 3, factor: 10 }];
    expect(store.getState().config.events).toEqual(events);
    expect(port.sent.at(-1)).toEqual({ type: 'set-config', config: store.getState().config });
    expect(within(row).getByRole('status')).toHaveTextContent('W was rescaled since: measure again');
    expect(within(row).getByText(/Recorded in the link and replayed/)).toBeInTheDocument();
  });

  it('Apply waits while the run is playing, and says why', () => {
    const { row, store, port } = renderScene();
    act(() => store.getState().receive({ type: 'status', status: runStatus(300, [], true) }));
    expect(within(row).getByRole('button', { name: 'Apply ×2 to W of layer 3' })).toBeDisabled();
    expect(within(row).getByText(/Pause first/)).toBeInTheDocument();
    expect(port.sent).toEqual([]);
  });
});
