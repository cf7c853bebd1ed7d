import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SceneSelect } from '../../../src/panels/scene-select.tsx';
import { presetConfig } from '../../../src/store/default-config.ts';
import { labWith, renderWith } from '../lab-fixture.tsx';

const optionsIn = (group: string) =>
  within(screen.getByRole('group', { name: group }))
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('SceneSelect', () => {
  it('lists the lessons’ scenes in order by title, then the other runs', () => {
    renderWith(<SceneSelect />, labWith());
    expect(optionsIn('Lessons')).toEqual([
      '1. Internal covariate shift',
      '2. Saturation and vanishing gradients',
      '3. Why not just subtract the mean?',
      '4. Why γ and β?',
      '5. Higher learning rates',
      '6. BN-x30: BN at 30 times the rate',
      '7. Scale invariance',
      '8. Train vs inference',
      '9. BN as a regularizer',
      '10. Is it really covariate shift?',
    ]);
    expect(optionsIn('Other runs')).toEqual(['Figure 1: MNIST 3 × 100 sigmoid', 'Two moons (quick)']);
  });

  it('loads the chosen scene’s config', async () => {
    const { store, port } = renderWith(<SceneSelect />, labWith());
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Scene' }),
      '3. Why not just subtract the mean?',
    );
    expect(store.getState().presetName).toBe('center-trap');
    expect(port.sent[0]).toMatchObject({ type: 'set-config', config: presetConfig('center-trap') });
    expect(screen.getByRole('combobox', { name: 'Scene' })).toHaveDisplayValue('3. Why not just subtract the mean?');
  });

  it('names the scene a changed config came from', () => {
    renderWith(<SceneSelect />, labWith({ initial: { presetName: 'high-lr' } }));
    expect(screen.getByRole('combobox', { name: 'Scene' })).toHaveDisplayValue(
      'Custom (from 5. Higher learning rates)',
    );
  });
});
