import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TeX } from '../../../src/panels/lessons/tex.tsx';

const FRACTION = '\\frac{1}{1 + e^{-x}}';

describe('TeX', () => {
  it('holds the source for screen readers only until KaTeX loads, then shows the typeset formula alone', async () => {
    const { container } = render(<TeX tex={FRACTION} display />);
    expect(screen.getByText(FRACTION)).toHaveClass('visually-hidden');
    await waitFor(() => expect(container.querySelector('.katex-display .katex-html')).not.toBeNull());
    expect(container.querySelector('.visually-hidden')).toBeNull();
    // KaTeX keeps the source as MathML's annotation, which its style sheet hides; what is drawn has none of it
    expect(container.querySelector('.katex-html')?.textContent).not.toContain('\\frac');
    expect(container.querySelector('annotation')).toHaveTextContent(FRACTION);
  });

  it('typesets at once once KaTeX is loaded, inline unless asked for display', () => {
    const { container } = render(<TeX tex="\sigma'(x)" />);
    expect(container.querySelector('.katex')).not.toBeNull();
    expect(container.querySelector('.katex-display')).toBeNull();
  });

  it('shows a TeX error in place of the formula rather than throwing', () => {
    const { container } = render(<TeX tex="\frac{1" />);
    expect(container.querySelector('.katex-error')).not.toBeNull();
  });
});
