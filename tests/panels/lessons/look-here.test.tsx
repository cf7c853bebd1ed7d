import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PRESETS, SCENE_NAMES } from '../../../src/lab/presets.ts';
import { ComparisonView } from '../../../src/panels/comparison-view.tsx';
import { LessonPanel } from '../../../src/panels/lessons/lesson-panel.tsx';
import { findRow, LOOK_HERE_MS } from '../../../src/panels/lessons/look-here.ts';
import { SCENE_TEXTS } from '../../../src/panels/lessons/scene-texts.ts';
import { DEFAULT_CONFIG } from '../../../src/store/default-config.ts';
import { labWith, renderWith } from '../lab-fixture.tsx';

const scrollIntoView = vi.fn();

beforeEach(() => {
  // jsdom lays nothing out and has no scrolling
  Element.prototype.scrollIntoView = scrollIntoView;
  scrollIntoView.mockClear();
});

afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
});

function Page() {
  return (
    <>
      <ComparisonView />
      <LessonPanel />
    </>
  );
}

describe('Look here', () => {
  it.each(SCENE_NAMES)('%s points at a row the comparison shows, with the measurements the scene takes', (name) => {
    const config = { ...DEFAULT_CONFIG, hidden: [6, 6, 6], measure: PRESETS[name].measure };
    const { container } = renderWith(<ComparisonView />, labWith({ initial: { config } }));
    expect(findRow(SCENE_TEXTS[name].lookHere, container)).toBeInstanceOf(HTMLElement);
  });

  it('scrolls to the named row, outlines it for two seconds and puts focus on it', () => {
    vi.useFakeTimers();
    renderWith(<Page />, labWith({ initial: { presetName: 'saturation' } }));
    const row = screen.getByRole('region', { name: 'Saturation per layer over time' });
    fireEvent.click(screen.getByRole('button', { name: 'Look here: Saturation per layer over time' }));
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    expect(scrollIntoView.mock.contexts[0]).toBe(row);
    expect(row).toHaveClass('is-looked-at');
    expect(row).toHaveFocus();
    act(() => vi.advanceTimersByTime(LOOK_HERE_MS - 1));
    expect(row).toHaveClass('is-looked-at');
    act(() => vi.advanceTimersByTime(1));
    expect(row).not.toHaveClass('is-looked-at');
  });

  it('finds a row whose name goes on with the unit shown, as Figure 1(b,c) does', async () => {
    renderWith(<Page />, labWith());
    await userEvent.click(screen.getByRole('button', { name: 'Look here: Figure 1(b,c)' }));
    const row = screen.getByRole('region', { name: 'Figure 1(b,c) · unit 1 of layer 3' });
    expect(scrollIntoView.mock.contexts[0]).toBe(row);
    expect(row).toHaveClass('is-looked-at');
  });

  it('says so when the chart is not on the page yet', async () => {
    renderWith(<LessonPanel />, labWith({ initial: { presetName: 'center-trap' } }));
    await userEvent.click(screen.getByRole('button', { name: /^Look here/ }));
    expect(scrollIntoView).not.toHaveBeenCalled();
    expect(screen.getByText(/not on the page yet/)).toBeInTheDocument();
  });
});
