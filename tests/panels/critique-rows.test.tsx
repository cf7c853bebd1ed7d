import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CritiqueRows } from '../../src/panels/critique-rows.tsx';
import { useSides } from '../../src/panels/use-sides.ts';
import type { MeasureFlags, RunConfig } from '../../src/protocol/config.ts';
import { DEFAULT_CONFIG } from '../../src/store/default-config.ts';
import { hoverAt } from '../charts/hover.ts';
import { labWith, renderWith, ticks } from './lab-fixture.tsx';

const ALL: MeasureFlags = { shift: true, ics: true, landscape: true };

const configWith = (measure?: MeasureFlags): RunConfig => ({
  ...DEFAULT_CONFIG,
  hidden: [6, 6, 6],
  nets: [
    { name: 'plain', norm: 'none' },
    { name: 'bn', norm: 'bn' },
    { name: 'noisy-bn', norm: 'noisy-bn' },
  ],
  measure,
});

function Rows() {
  return <CritiqueRows sides={useSides()} />;
}

const renderRows = (measure?: MeasureFlags, steps?: readonly number[]) =>
  renderWith(<Rows />, labWith({ initial: { config: configWith(measure) }, steps }));
const chart = (name: string) => screen.getByRole('img', { name });
const seriesOf = (element: Element) =>
  [...element.querySelectorAll('path[data-series]')].map((p) => p.getAttribute('data-series'));

describe('CritiqueRows', () => {
  it('shows nothing while the measurements are off', () => {
    const { container } = renderRows();
    expect(container).toBeEmptyDOMElement();
  });

  it('shows nothing before a probe has measured, e.g. at step 0 alone', () => {
    const { container } = renderRows(ALL, [0]);
    expect(container).toBeEmptyDOMElement();
  });

  it('shows only the rows whose measurement is on', () => {
    renderRows({ shift: false, ics: true, landscape: false });
    expect(screen.getByRole('region', { name: 'Gradient ICS · layer 3' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Distribution shift/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Loss landscape/ })).not.toBeInTheDocument();
  });

  it('draws the selected layer’s shift, |Δμ| and |Δσ|, one line per net on a shared log axis', () => {
    renderRows(ALL);
    const row = screen.getByRole('region', { name: 'Distribution shift · layer 3' });
    const mean = chart("Mean |Δμ| of layer 3's inputs, every net");
    const std = chart("Mean |Δσ| of layer 3's inputs, every net");
    expect(row).toContainElement(mean);
    expect(row).toContainElement(std);
    expect(seriesOf(mean)).toEqual(['plain', 'bn', 'noisy-bn']);
    expect(ticks(mean, 'y')).toEqual(ticks(std, 'y'));
    expect(mean.closest('figure')).toHaveTextContent(/Latest at step 300: plain 1\.33e−1, bn 2e−2, noisy-bn 2e−2/);
  });

  it('follows the selected layer, and says layer 1 has no layers below it', () => {
    const { store } = renderRows(ALL);
    act(() => store.getState().selectLayer(0));
    const row = screen.getByRole('region', { name: 'Gradient ICS · layer 1' });
    expect(row).toHaveTextContent(/Layer 1 has no layers below it/);
    expect(chart('cos(G, G′) of layer 1, every net').closest('figure')).toHaveTextContent(
      /Latest at step 300: plain 1, bn 1, noisy-bn 1/,
    );
  });

  it('draws gradient ICS as ‖G − G′‖₂ and a cosine on [−1, 1]', () => {
    renderRows(ALL);
    const cos = chart('cos(G, G′) of layer 3, every net');
    expect(ticks(cos, 'y')[0]).toBe('−1');
    expect(cos.closest('figure')).toHaveTextContent(/plain 0\.5, bn 0\.95, noisy-bn 0\.95/);
    expect(seriesOf(chart('‖G − G′‖₂ of layer 3, every net'))).toEqual(['plain', 'bn', 'noisy-bn']);
  });

  it('draws the loss range along the gradient as a band per net, and β_eff', () => {
    renderRows(ALL);
    const range = chart('Loss range along the gradient, every net');
    expect(screen.getByRole('region', { name: 'Loss landscape along the gradient' })).toContainElement(range);
    expect(range.closest('figure')).toHaveTextContent(/noisy-bn 0\.517 – 0\.69/);
    const frame = range.parentElement as HTMLElement;
    hoverAt(frame, 0.999);
    expect(within(frame).getByRole('tooltip')).toHaveTextContent(/plain: 1\.09 – 1\.45/);
    expect(chart('Effective β-smoothness, every net').closest('figure')).toHaveTextContent(
      /plain 0\.9, bn 0\.5, noisy-bn 0\.5/,
    );
  });

  it('draws the gradient predictiveness between the band and β_eff, one line per net on a log axis', () => {
    renderRows(ALL);
    const row = screen.getByRole('region', { name: 'Loss landscape along the gradient' });
    const names = within(row)
      .getAllByRole('img')
      .map((img) => img.getAttribute('aria-label'));
    expect(names).toEqual([
      'Loss range along the gradient, every net',
      'Gradient predictiveness, every net',
      'Effective β-smoothness, every net',
    ]);
    const predictiveness = chart('Gradient predictiveness, every net');
    expect(seriesOf(predictiveness)).toEqual(['plain', 'bn', 'noisy-bn']);
    expect(ticks(predictiveness, 'y')).toEqual(['10⁻²', '10⁻¹', '1']);
    expect(predictiveness.closest('figure')).toHaveTextContent(
      /Latest at step 300: plain 0\.3, bn 0\.04, noisy-bn 0\.04/,
    );
  });
});
