import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LessonPanel } from '../../../src/panels/lessons/lesson-panel.tsx';
import { SCENE_TEXTS } from '../../../src/panels/lessons/scene-texts.ts';
import { labWith, renderWith } from '../lab-fixture.tsx';

const lesson = () => screen.getByRole('complementary', { name: 'Lesson' });

/** The text a sighted reader sees: without KaTeX's MathML copy (hidden by its style sheet) and visually hidden text. */
function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.katex-mathml, .visually-hidden')) hidden.remove();
  return copy.textContent ?? '';
}

describe('LessonPanel', () => {
  it('shows the scene’s title, where in the paper it is, its sentences, formulas and the caveat', async () => {
    renderWith(<LessonPanel />, labWith({ initial: { presetName: 'center-trap' } }));
    const panel = lesson();
    expect(within(panel).getByRole('heading', { name: 'Why not just subtract the mean?' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('Scene 3 of 10');
    expect(within(panel).getByRole('link', { name: 'Ioffe & Szegedy 2015, §2' })).toHaveAttribute(
      'href',
      'https://arxiv.org/abs/1502.03167',
    );
    const caveat = within(panel).getByRole('region', { name: 'Caveat: what this network shows' });
    expect(caveat).toHaveTextContent(/The derivation is about/);
    await waitFor(() => expect(panel.querySelectorAll('.katex-display')).toHaveLength(2));
  });

  it('typesets the inline and display TeX and leaves none of the source in view', async () => {
    renderWith(<LessonPanel />, labWith({ initial: { presetName: 'saturation' } }));
    const panel = lesson();
    await waitFor(() => expect(panel.querySelector('.visually-hidden:not([role])')).toBeNull());
    expect(panel.querySelectorAll('.katex').length).toBeGreaterThan(SCENE_TEXTS.saturation.formulas.length);
    const seen = visibleText(panel);
    expect(seen).toContain('Its hidden weights barely move');
    expect(seen).not.toMatch(/\$|\\frac|\\sigma|\\\|/);
  });

  it('shows Figure 1’s lesson for the paper’s Figure 1 run, and none for a preset that is no scene', () => {
    const { store } = renderWith(<LessonPanel />, labWith());
    expect(within(lesson()).getByRole('heading', { name: 'Internal covariate shift' })).toBeInTheDocument();
    act(() => store.getState().loadPreset('moons-quick'));
    expect(screen.queryByRole('complementary', { name: 'Lesson' })).not.toBeInTheDocument();
  });

  it('collapses to its button and opens again, keeping the scene', async () => {
    renderWith(<LessonPanel />, labWith({ initial: { presetName: 'inference' } }));
    await userEvent.click(screen.getByRole('button', { name: 'Hide lesson', expanded: true }));
    expect(screen.queryByRole('heading', { name: 'Train vs inference' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Lesson', expanded: false }));
    expect(screen.getByRole('heading', { name: 'Train vs inference' })).toBeInTheDocument();
  });

  it('goes to the next and previous scene, and has no previous scene at the first', async () => {
    const { store, port } = renderWith(<LessonPanel />, labWith());
    expect(screen.getByRole('button', { name: 'Previous scene' })).toBeDisabled();
    const next = screen.getByRole('button', { name: 'Next scene' });
    expect(next).toHaveAttribute('aria-keyshortcuts', 'PageDown');
    expect(next).toHaveAccessibleDescription('Saturation and vanishing gradients (PageDown)');
    await userEvent.click(next);
    expect(store.getState().presetName).toBe('saturation');
    expect(port.sent[0]).toMatchObject({ type: 'set-config', config: { init: { kind: 'gauss', sigma: 1 } } });
    expect(screen.getByRole('heading', { name: 'Saturation and vanishing gradients' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Previous scene' }));
    expect(store.getState().presetName).toBe('fig1');
  });

  it('cites Santurkar et al. for the last scene, and has no next scene there', () => {
    renderWith(<LessonPanel />, labWith({ initial: { presetName: 'santurkar' } }));
    expect(within(lesson()).getByRole('link', { name: 'Santurkar et al. 2018, §2–3' })).toHaveAttribute(
      'href',
      'https://arxiv.org/abs/1805.11604',
    );
    expect(screen.getByRole('button', { name: 'Next scene' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Previous scene' })).toBeEnabled();
  });
});
