// tests run with environment jsdom and setup tests/setup-dom.ts already configured for the 'dom' project
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  PercentileBandChart,
  percentileDomain,
  unitPercentiles,
  type PercentileSeries,
} from '../../src/charts/percentile-band-chart.tsx';
import type { ProbeRecord } from '../../src/protocol/history.ts';
import { bump } from './fixtures.ts';
import { hoverAt, pathData } from './hover.ts';

const plain: PercentileSeries = {
  name: 'plain',
  color: '#D55E00',
  points: [
    { step: 0, p15: -0.5, p50: 0, p85: 0.5 },
    { step: 100, p15: 1, p50: 2, p85: 3 },
    { step: 200, p15: 2, p50: 3.5, p85: 5 },
  ],
};
const bn: PercentileSeries = {
  name: 'bn',
  color: '#0072B2',
  points: [
    { step: 0, p15: -1, p50: 0, p85: 1 },
    { step: 100, p15: -1.1, p50: 0.1, p85: 1 },
    { step: 200, p15: NaN, p50: NaN, p85: NaN },
  ],
};

function yTicks(container: Element): (string | null)[] {
  return [...container.querySelectorAll('[data-tick="y"]')].map((t) => t.textContent);
}

describe('PercentileBandChart', () => {
  it('draws one 15–85th percentile band and one median line per net', () => {
    const { container } = render(
      <PercentileBandChart title="Unit 3, layer 3" nets={[plain, bn]} width={400} height={240} />,
    );
    expect(screen.getByRole('img', { name: 'Unit 3, layer 3' })).toBeInTheDocument();
    expect(container.querySelectorAll('path[data-band]')).toHaveLength(2);
    expect(container.querySelectorAll('path[data-series]')).toHaveLength(2);
    expect(screen.getByText('input to the nonlinearity')).toBeInTheDocument();
    for (const d of pathData(container)) expect(d).not.toMatch(/NaN/);
  });

  it('gives charts drawn one per net the same y scale through percentileDomain', () => {
    const yDomain = percentileDomain([plain, bn]);
    expect(yDomain).toEqual([-1.1, 5]);
    const a = render(<PercentileBandChart title="plain" nets={[plain]} width={300} height={200} yDomain={yDomain} />);
    const b = render(<PercentileBandChart title="bn" nets={[bn]} width={300} height={200} yDomain={yDomain} />);
    expect(yTicks(a.container)).toEqual(yTicks(b.container));
    expect(yTicks(a.container).length).toBeGreaterThan(2);
  });

  it('on hover reads out p15, p50 and p85 of each net', () => {
    const { container } = render(<PercentileBandChart title="u" nets={[plain, bn]} width={400} height={240} />);
    hoverAt(container, 0.5);
    const readout = screen.getByRole('tooltip');
    expect(readout).toHaveTextContent('step 100');
    expect(readout).toHaveTextContent('plain: p15 1 · p50 2 · p85 3');
    expect(readout).toHaveTextContent('bn: p15 −1.1 · p50 0.1 · p85 1');
  });

  it('takes one unit’s percentiles out of the probe records', () => {
    const layer = (v: number) => ({
      histogram: bump(8),
      percentiles: { p15: Float64Array.of(9, v - 1), p50: Float64Array.of(9, v), p85: Float64Array.of(9, v + 1) },
      saturation: 0,
      meanDerivative: 0.25,
      gradNorm: {},
      updateRatio: {},
      biasNorm: null,
      weightNorm: 1,
    });
    const probe = (step: number, v: number): ProbeRecord => ({
      step,
      stalled: false,
      trainLoss: NaN,
      testLoss: 1,
      testAccuracy: 0.5,
      predictions: new Uint8Array(0),
      layers: [layer(0), layer(v)],
    });
    expect(unitPercentiles([probe(0, 1), probe(10, 2)], 1, 1)).toEqual([
      { step: 0, p15: 0, p50: 1, p85: 2 },
      { step: 10, p15: 1, p50: 2, p85: 3 },
    ]);
  });

  it('takes the batch-statistics percentiles by default, the running-statistics ones on request', () => {
    const percentiles = (v: number) => ({
      p15: Float64Array.of(v - 1),
      p50: Float64Array.of(v),
      p85: Float64Array.of(v + 1),
    });
    const layer = {
      histogram: bump(8),
      percentiles: percentiles(0),
      batchPercentiles: percentiles(5),
      saturation: 0,
      meanDerivative: 0.25,
      gradNorm: {},
      updateRatio: {},
      biasNorm: null,
      weightNorm: 1,
    };
    const record = (step: number, withBatch: boolean): ProbeRecord => ({
      step,
      stalled: false,
      trainLoss: NaN,
      testLoss: 1,
      testAccuracy: 0.5,
      predictions: new Uint8Array(0),
      layers: [withBatch ? layer : { ...layer, batchPercentiles: undefined }],
    });
    const records = [record(0, false), record(10, true)];
    expect(unitPercentiles(records, 0, 0).map((p) => p.p50)).toEqual([0, 5]);
    expect(unitPercentiles(records, 0, 0, 'inference').map((p) => p.p50)).toEqual([0, 0]);
  });
});
