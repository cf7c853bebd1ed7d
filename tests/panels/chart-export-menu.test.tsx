import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BACKGROUNDS, KIND_COLORS, textColorOf } from '../../src/charts/theme.ts';
import { chartSlug } from '../../src/panels/chart-export.ts';
import { ComparisonView } from '../../src/panels/comparison-view.tsx';
import { captureDownloads } from './downloads.ts';
import { labWith, renderWith, ticks } from './lab-fixture.tsx';

afterEach(() => vi.restoreAllMocks());

const LOSS = 'Loss of every net: test (solid) and train (dashed)';

/** Saves one chart through its menu; the file's name and its text parsed as an SVG document. */
async function exportSvg(title: string): Promise<{ fileName: string; doc: Document; text: string }> {
  const downloads = captureDownloads();
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: `Export chart: ${title}` }));
  await user.click(screen.getByRole('menuitem', { name: 'SVG' }));
  await vi.waitFor(() => expect(downloads).toHaveLength(1));
  const text = await downloads[0].blob.text();
  return { fileName: downloads[0].fileName, doc: new DOMParser().parseFromString(text, 'image/svg+xml'), text };
}

describe('the export menu of each chart', () => {
  it('is on every chart, named after it, and offers SVG and PNG (2×)', async () => {
    renderWith(<ComparisonView />, labWith());
    const charts = document.querySelectorAll('figure[data-chart] svg[role="img"]');
    expect(charts.length).toBeGreaterThan(5);
    for (const chart of charts) {
      const name = `Export chart: ${chart.getAttribute('aria-label')}`;
      expect(screen.getByRole('button', { name })).toHaveAttribute('aria-haspopup', 'menu');
    }
    await userEvent.setup().click(screen.getByRole('button', { name: `Export chart: ${LOSS}` }));
    const menu = screen.getByRole('menu', { name: `Export chart: ${LOSS}` });
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['SVG', 'PNG (2×)']);
  });

  it('works by keyboard: ↓ opens it, the arrows move, Escape closes it and gives focus back to its button', async () => {
    renderWith(<ComparisonView />, labWith());
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: `Export chart: ${LOSS}` });
    button.focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'SVG' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'PNG (2×)' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'SVG' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('saves the chart as an SVG that stands alone: title, a legend entry per net in its colour, the axes', async () => {
    const lab = labWith();
    renderWith(<ComparisonView />, lab);
    const chart = screen.getByRole('img', { name: LOSS });
    const { fileName, doc, text } = await exportSvg(LOSS);

    expect(fileName).toBe(
      `bn-lab-${lab.store.getState().presetName}-step-300-loss-of-every-net-test-solid-and-train-dashed.svg`,
    );
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe(chart.getAttribute('width'));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${root.getAttribute('width')} ${root.getAttribute('height')}`);
    expect(root.getAttribute('font-family')).toMatch(/system-ui/);
    expect(text).not.toContain('var(');
    expect(root.querySelector('rect')?.getAttribute('fill')).toBe(BACKGROUNDS.page);
    expect([...root.querySelectorAll('text')].map((t) => t.textContent)).toContain(LOSS);

    // the legend on screen, drawn into the file: for each net, its entries' lines in its kind's colour
    const onScreen = [...within(chart.closest('figure')!).getByRole('list', { name: 'legend' }).children];
    const entries = [...root.querySelectorAll('[data-legend-entry]')];
    expect(entries.map((e) => e.getAttribute('data-legend-entry'))).toEqual(onScreen.map((li) => li.textContent));
    for (const net of lab.store.getState().config.nets) {
      const own = entries.filter((e) => e.getAttribute('data-legend-entry')?.startsWith(`${net.name} `));
      expect(own.length).toBeGreaterThan(0);
      for (const entry of own) {
        expect(entry.querySelector('line')?.getAttribute('stroke')).toBe(KIND_COLORS[net.norm]);
        expect(entry.querySelector('text')?.getAttribute('fill')).toBe(textColorOf(KIND_COLORS[net.norm], '#ffffff'));
      }
    }
    // the axes as on screen; the hover layer left out
    expect(ticks(root, 'x')).toEqual(ticks(chart, 'x'));
    expect(ticks(root, 'y')).toEqual(ticks(chart, 'y'));
    expect(root.querySelectorAll('[data-series]')).toHaveLength(chart.querySelectorAll('[data-series]').length);
    expect(root.querySelector('[data-overlay]')).toBeNull();
  });

  it('in presenter mode draws the large, high-contrast version', async () => {
    const { store } = renderWith(<ComparisonView />, labWith());
    const normal = await exportSvg(LOSS);
    vi.restoreAllMocks();
    act(() => store.getState().setPresenter(true));
    const presenter = await exportSvg(LOSS);
    const axisFont = (doc: Document) => doc.querySelector('[data-axis="x"]')?.getAttribute('font-size');
    expect(axisFont(normal.doc)).toBe('12');
    expect(axisFont(presenter.doc)).toBe('24');
    expect(presenter.doc.querySelector('[data-axis="x"]')?.getAttribute('fill')).toBe('#000000');
  });
});

describe('chartSlug', () => {
  it('names a file after the chart: lower case, words joined by dashes, Greek letters spelled out', () => {
    expect(chartSlug('Loss of every net: test (solid) and train (dashed)')).toBe(
      'loss-of-every-net-test-solid-and-train-dashed',
    );
    expect(chartSlug('bn-2: γ (scale) per layer')).toBe('bn-2-gamma-scale-per-layer');
    expect(chartSlug('‖G − G′‖₂ of layer 3, every net')).toBe('g-g-2-of-layer-3-every-net');
    expect(chartSlug('∑')).toBe('chart');
  });
});
