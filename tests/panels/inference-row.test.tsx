import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ComparisonView } from '../../src/panels/comparison-view.tsx';
import { labWith, renderWith, ticks } from './lab-fixture.tsx';
import { INFERENCE } from './measurement-fixture.ts';

const ROW = 'Train vs inference (§3.1)';

function renderScene() {
  const rendered = renderWith(<ComparisonView />, labWith({ initial: { presetName: 'inference' } }));
  return { ...rendered, row: screen.getByRole('region', { name: ROW }) };
}

describe('the train vs inference row', () => {
  it('sits among the charts when its scene is loaded and asks the worker to measure', async () => {
    const { row, port } = renderScene();
    expect(row.closest('details')).toBeNull();
    await userEvent.click(within(row).getByRole('button', { name: 'Measure' }));
    expect(port.sent).toEqual([{ type: 'measure', request: { kind: 'inference' } }]);
    expect(within(row).getByRole('button', { name: 'Measuring…' })).toBeDisabled();
  });

  it('draws accuracy by batch size per net, with running and population lines for the BN net', () => {
    const { row, store } = renderScene();
    act(() => store.getState().receive({ type: 'measured', measurement: INFERENCE }));
    const chart = within(row).getByRole('img', { name: 'Test accuracy against inference batch size' });
    const lines = [...chart.querySelectorAll('path[data-series]')].map((p) => p.getAttribute('data-series'));
    expect(lines).toEqual(['plain', 'bn']);
    const references = [...chart.querySelectorAll('line[data-reference]')];
    expect(references.map((l) => l.getAttribute('data-reference'))).toEqual(['bn-running', 'bn-population']);
    expect(references[0].getAttribute('stroke-dasharray')).not.toBe(references[1].getAttribute('stroke-dasharray'));
    expect(ticks(chart, 'x')).toEqual(['1', '2', '4', '8', '16', '60']);
    expect(within(row).getByRole('list', { name: 'reference lines' })).toHaveTextContent(
      /running averages.*population statistics \(Algorithm 2\)/,
    );
    expect(within(row).getByText(/every x̂ is 0: a BN net gives every digit the same, constant prediction/));
  });

  it('says each net’s accuracies in words and the step they were measured at', () => {
    const { row, store } = renderScene();
    act(() => store.getState().receive({ type: 'measured', measurement: INFERENCE }));
    const words = within(row).getByRole('list', { name: 'Train vs inference, in words' });
    expect(words).toHaveTextContent(/plain: 40\.0\s% at every batch size: no batch statistics/);
    expect(words).toHaveTextContent(
      /bn: 9\.8\s% at batch 1, 84\.0\s% at batch 60; running averages 85\.0\s%, population statistics 86\.0\s%/,
    );
    expect(within(row).getByRole('status')).toHaveTextContent('Measured at step 300.');
  });
});
