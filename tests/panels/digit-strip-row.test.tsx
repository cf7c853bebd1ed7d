import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { DigitStripRow } from '../../src/panels/digit-strip-row.tsx';
import { useKeyboardShortcuts } from '../../src/panels/use-keyboard-shortcuts.ts';
import { useSides } from '../../src/panels/use-sides.ts';
import { useLabStore } from '../../src/store/use-lab.ts';
import { labWith, renderWith } from './lab-fixture.tsx';

function Row() {
  useKeyboardShortcuts(useLabStore());
  return <DigitStripRow sides={useSides()} />;
}

/** jsdom lays nothing out: give the strip's scroller a content width and a box width, as on a phone. */
function layOutStrip(content: number, box: number): void {
  const width = (name: 'scrollWidth' | 'clientWidth', px: number) =>
    Object.defineProperty(HTMLElement.prototype, name, {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('digit-strip') ? px : 0;
      },
    });
  width('scrollWidth', content);
  width('clientWidth', box);
}

afterEach(() => {
  Reflect.deleteProperty(HTMLElement.prototype, 'scrollWidth');
  Reflect.deleteProperty(HTMLElement.prototype, 'clientWidth');
});

describe('DigitStripRow', () => {
  it('shows the strip in a named scroll region that the keyboard can reach', () => {
    renderWith(<Row />, labWith());
    const region = screen.getByRole('region', { name: 'Test digit strip' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toContainElement(screen.getByRole('figure', { name: "Test digits and each net's prediction" }));
  });

  it('with nothing beyond the edge, gives no hint', () => {
    layOutStrip(300, 300);
    renderWith(<Row />, labWith());
    expect(screen.queryByText('scroll for more →')).not.toBeInTheDocument();
  });

  it('says "scroll for more →" while digits lie beyond the right edge, and stops once scrolled to the end', () => {
    layOutStrip(800, 300);
    renderWith(<Row />, labWith());
    expect(screen.getByText('scroll for more →')).toBeVisible();
    const region = screen.getByRole('region', { name: 'Test digit strip' });
    Object.defineProperty(region, 'scrollLeft', { configurable: true, value: 500 });
    fireEvent.scroll(region);
    expect(screen.queryByText('scroll for more →')).not.toBeInTheDocument();
  });

  it('→ on the focused strip scrolls it rather than stepping the training; space still plays', async () => {
    layOutStrip(800, 300);
    const { port } = renderWith(<Row />, labWith());
    screen.getByRole('region', { name: 'Test digit strip' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(port.sent).toEqual([]);
    await userEvent.keyboard(' ');
    expect(port.sent).toEqual([{ type: 'play' }]);
  });
});
