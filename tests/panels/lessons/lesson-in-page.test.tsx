import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/app/app.tsx';
import { rulesFor, valueOf } from '../../app/css-rules.ts';
import { labWith } from '../lab-fixture.tsx';

describe('the lesson in the page', () => {
  it('sits after the charts as a landmark of its own, and stays in presenter mode', async () => {
    const { container } = render(<App store={labWith().store} />);
    const lesson = screen.getByRole('complementary', { name: 'Lesson' });
    expect(screen.getByRole('main').compareDocumentPosition(lesson)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    await userEvent.keyboard('p');
    expect(container.firstElementChild).toHaveClass('is-presenter');
    expect(screen.getByRole('heading', { name: 'Internal covariate shift' })).toBeInTheDocument();
  });

  it('PageDown in the page moves the lesson on to the next scene', async () => {
    render(<App store={labWith().store} />);
    await userEvent.keyboard('{PageDown}');
    expect(screen.getByRole('heading', { name: 'Saturation and vanishing gradients' })).toBeInTheDocument();
  });

  it('is styled as a drawer that widens for presenter type, with wide formulas scrolling inside it', () => {
    const width = (selector: string) => parseFloat(valueOf(rulesFor(selector)[0], 'width'));
    expect(width('.is-presenter .lesson:not(.is-collapsed)')).toBeGreaterThan(width('.lesson'));
    expect(valueOf(rulesFor('.tex--display')[0], 'overflow-x')).toBe('auto');
    expect(valueOf(rulesFor('.row.is-looked-at')[0], 'outline')).toMatch(/solid/);
  });
});
