import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ComparisonView } from '../../src/panels/comparison-view.tsx';
import { labWith, renderWith, ticks } from './lab-fixture.tsx';
import { regularizer } from './measurement-fixture.ts';

const ROW = 'BN as a regularizer (§3.4)';

function renderScene() {
  const rendered = renderWith(<ComparisonView />, labWith({ initial: { presetName: 'regularizer' } }));
  return { ...rendered, row: screen.getByRole('region', { name: ROW }) };
}

describe('the regularizer row', () => {
  it('sits among the charts when its scene is loaded and measures the most borderline digit first', async () => {
    const { row, port } = renderScene();
    expect(row.closest('details')).toBeNull();
    expect(within(row).queryByRole('group', { name: 'Borderline digits' })).toBeNull();
    await userEvent.click(within(row).getByRole('button', { name: 'Measure' }));
    expect(port.sent).toEqual([{ type: 'measure', request: { kind: 'regularizer', digit: null } }]);
  });

  it('offers the four borderline digits, pictured where the strip has them, and measures the one chosen', async () => {
    const { row, store, port } = renderScene();
    act(() => store.getState().receive({ type: 'measured', measurement: regularizer(2) }));
    const digits = within(row).getByRole('group', { name: 'Borderline digits' });
    const buttons = within(digits).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'digit 2 p(true) 0.49',
      'digit 130 p(true) 0.52',
      'digit 7 p(true) 0.46',
      'digit 512 p(true) 0.55',
    ]);
    expect(buttons[0]).toHaveAttribute('aria-pressed', 'true');
    // the fixture's strip holds the first 4 probe digits
    expect(buttons.map((b) => b.querySelector('svg') !== null)).toEqual([true, false, false, false]);
    await userEvent.click(within(digits).getByRole('button', { name: 'digit 130 p(true) 0.52' }));
    expect(port.sent).toEqual([{ type: 'measure', request: { kind: 'regularizer', digit: 130 } }]);
    expect(within(digits).getByRole('button', { name: 'digit 7 p(true) 0.46' })).toBeDisabled();
  });

  it('draws p(true) over 200 batches per net on one count axis: one bar for plain, a spread for BN', () => {
    const { row, store } = renderScene();
    act(() => store.getState().receive({ type: 'measured', measurement: regularizer(130) }));
    const plain = within(row).getByRole('img', { name: 'plain: p(true) of digit 130 over 200 batches' });
    const bn = within(row).getByRole('img', { name: 'bn: p(true) of digit 130 over 200 batches' });
    expect(plain.querySelectorAll('rect[data-bin]')).toHaveLength(1);
    expect(bn.querySelectorAll('rect[data-bin]')).toHaveLength(8);
    expect(ticks(plain, 'y')).toEqual(ticks(bn, 'y'));
    expect(within(row).getByText('3.2 % of probe digits change class across 20 batches')).toBeInTheDocument();
    const words = within(row).getByRole('list', { name: 'Digit 130 across batches, in words' });
    expect(words).toHaveTextContent('plain: p(true) 0.41 in all 200 batches');
    expect(bn).toHaveAccessibleDescription(
      /^200 batches in 20 bins of p\(true = 4\) from 0 to 1\. All from 0\.3 to 0\.7;/,
    );
    expect(bn).toHaveAccessibleDescription(/median 0\.48; 3\.2\s% of probe digits change class/);
    expect(words).toHaveTextContent(/bn: p\(true\) 0\.3–0\.66 over 200 batches, median 0\.48/);
    expect(within(row).getByRole('status')).toHaveTextContent('Measured digit 130 (a 4) at step 300.');
  });
});
