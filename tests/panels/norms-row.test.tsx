import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NormsRow } from '../../src/panels/norms-row.tsx';
import { useSides } from '../../src/panels/use-sides.ts';
import type { RunConfig } from '../../src/protocol/config.ts';
import { DEFAULT_CONFIG } from '../../src/store/default-config.ts';
import { hoverAt } from '../charts/hover.ts';
import { labWith, renderWith, ticks } from './lab-fixture.tsx';

/** Every kind once, 6 units a layer as in the fixture. */
const FOUR_KINDS: RunConfig = {
  ...DEFAULT_CONFIG,
  hidden: [6, 6, 6],
  nets: [
    { name: 'plain', norm: 'none' },
    { name: 'bn', norm: 'bn' },
    { name: 'bn-fixed', norm: 'bn-fixed' },
    { name: 'center-stopgrad', norm: 'center-stopgrad' },
  ],
};

function Norms() {
  return <NormsRow sides={useSides()} />;
}

const renderNorms = (config?: RunConfig) => renderWith(<Norms />, labWith(config ? { initial: { config } } : {}));
const weights = (net: string) => screen.getByRole('img', { name: `${net}: weight norm ‖W‖ per layer` });
const biases = (net: string) => screen.queryByRole('img', { name: `${net}: bias norm ‖b‖ per layer` });

/** The hover read-out of a chart at its newest probe, one "Lk: value" per layer. */
function newestReadout(chart: HTMLElement): string[] {
  const frame = chart.parentElement as HTMLElement;
  hoverAt(frame, 0.999);
  const rows = within(frame).getByRole('tooltip').querySelectorAll('[data-readout-row]');
  return [...rows].map((row) => (row.textContent ?? '').replace(/^● /, ''));
}

describe('NormsRow', () => {
  it('draws a ‖W‖ chart with one line per layer for every net, in a region named for the row', () => {
    renderNorms(FOUR_KINDS);
    const row = screen.getByRole('region', { name: 'Weight and bias norms per layer over time' });
    for (const net of ['plain', 'bn', 'bn-fixed', 'center-stopgrad']) {
      expect(row).toContainElement(weights(net));
      const lines = [...weights(net).querySelectorAll('path[data-series]')];
      expect(lines.map((p) => p.getAttribute('data-series'))).toEqual(['L1', 'L2', 'L3']);
    }
  });

  it('draws ‖b‖ for the plain and center-stopgrad nets, and says "no hidden bias" for the BN ones', () => {
    renderNorms(FOUR_KINDS);
    expect(biases('plain')?.querySelectorAll('path[data-series]')).toHaveLength(3);
    expect(biases('center-stopgrad')?.querySelectorAll('path[data-series]')).toHaveLength(3);
    expect(biases('bn')).not.toBeInTheDocument();
    expect(biases('bn-fixed')).not.toBeInTheDocument();
    for (const net of ['bn', 'bn-fixed'])
      expect(weights(net).closest('figure')).toHaveTextContent(/No hidden bias: BN subtracts the batch mean/);
    expect(weights('plain').closest('figure')).not.toHaveTextContent(/hidden bias/);
  });

  it('plots the probes’ ‖W‖ and ‖b‖ of each layer', () => {
    renderNorms(FOUR_KINDS);
    // at step 300: ‖W‖ = 10 + 3·(l+1), twice the growth with BN; ‖b‖ = 1.5·(l+1) plain, 999·(l+1) center-stopgrad
    expect(newestReadout(weights('plain'))).toEqual(['L1: 13', 'L2: 16', 'L3: 19']);
    expect(newestReadout(weights('bn'))).toEqual(['L1: 16', 'L2: 22', 'L3: 28']);
    expect(newestReadout(biases('plain') as HTMLElement)).toEqual(['L1: 1.5', 'L2: 3', 'L3: 4.5']);
    expect(newestReadout(biases('center-stopgrad') as HTMLElement)).toEqual(['L1: 999', 'L2: 2,000', 'L3: 3,000']);
  });

  it('gives every net the same ‖W‖ axis and the same ‖b‖ axis', () => {
    renderNorms(FOUR_KINDS);
    for (const net of ['bn', 'bn-fixed', 'center-stopgrad'])
      expect(ticks(weights(net), 'y')).toEqual(ticks(weights('plain'), 'y'));
    expect(ticks(biases('center-stopgrad') as HTMLElement, 'y')).toEqual(ticks(biases('plain') as HTMLElement, 'y'));
  });

  it('puts ‖b‖ on a log axis with a "0" tick once it spans decades, and keeps a narrow range linear', () => {
    renderNorms(FOUR_KINDS);
    const logTicks = ticks(biases('plain') as HTMLElement, 'y');
    expect(logTicks[0]).toBe('0');
    expect(logTicks.slice(1).every((t) => t.startsWith('10') || t === '1')).toBe(true);
    expect(ticks(weights('plain'), 'y')).toContain('20');
  });

  it('draws ‖b‖ from 0 on a linear axis when no net’s bias spans a decade', () => {
    renderNorms();
    const plain = ticks(biases('plain') as HTMLElement, 'y');
    expect(plain[0]).toBe('0');
    expect(plain).toContain('2');
    expect(biases('bn')).not.toBeInTheDocument();
  });

  it('names the §2 and §3.3 things to look for only when such nets are on screen', () => {
    renderNorms(FOUR_KINDS);
    expect(screen.getByText(/center-stopgrad: ‖b‖ keeps growing though the output never changes/)).toBeInTheDocument();
    expect(screen.getByText(/BN: ‖W‖ is free to grow/)).toBeInTheDocument();
  });

  it('leaves out the center-stopgrad hint for plain and BN nets', () => {
    renderNorms();
    expect(screen.queryByText(/center-stopgrad/)).not.toBeInTheDocument();
    expect(screen.getByText(/BN: ‖W‖ is free to grow/)).toBeInTheDocument();
  });
});
