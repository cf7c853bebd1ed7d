import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ComparisonView } from '../../src/panels/comparison-view.tsx';
import type { ProbeRecord } from '../../src/protocol/history.ts';
import { hoverAt } from '../charts/hover.ts';
import { labWith, probeRecord, renderWith, runStatus } from './lab-fixture.tsx';

const chart = (name: string) => screen.getByRole('img', { name });
const figureOf = (name: string) => chart(name).closest('figure') as HTMLElement;
const RIDGES = 'bn: layer 3 sigmoid input over time';
const BAND = 'bn: 15th, 50th and 85th percentiles of unit 1 of layer 3';
const BATCH = 'BN with batch statistics (training mode)';
const RUNNING = 'BN with running statistics (inference mode)';

const ridgePaths = () => [...chart(RIDGES).querySelectorAll('path[data-probe]')].map((p) => p.getAttribute('d'));

function bandReadout(): string {
  const box = chart(BAND).parentElement as HTMLElement;
  hoverAt(box, 0.999);
  return within(box).getByRole('tooltip').textContent ?? '';
}

describe('BN statistics in the distribution charts', () => {
  it('default to the batch statistics training sees, and say so under each BN chart only', () => {
    renderWith(<ComparisonView />, labWith());
    expect(within(figureOf(RIDGES)).getByText(BATCH)).toBeInTheDocument();
    expect(within(figureOf(BAND)).getByText(BATCH)).toBeInTheDocument();
    expect(within(figureOf('plain: layer 3 sigmoid input over time')).queryByText(BATCH)).toBeNull();
    expect(bandReadout()).toContain('p50 0 ');
  });

  it('switch to the running statistics of inference mode on request', async () => {
    renderWith(<ComparisonView />, labWith());
    const batchRidges = ridgePaths();
    await userEvent.click(screen.getByRole('button', { name: 'running (inference)' }));
    expect(within(figureOf(RIDGES)).getByText(RUNNING)).toBeInTheDocument();
    expect(within(figureOf(BAND)).getByText(RUNNING)).toBeInTheDocument();
    expect(ridgePaths()).not.toEqual(batchRidges);
    expect(bandReadout()).toContain('p50 0.25');
  });

  it('fall back to the running statistics, and say so, where a probe has no batch statistics', () => {
    const lab = labWith();
    renderWith(<ComparisonView />, lab);
    const withoutBatch = (r: ProbeRecord): ProbeRecord => ({
      ...r,
      layers: r.layers.map((layer) => ({ ...layer, batchHistogram: undefined, batchPercentiles: undefined })),
    });
    act(() =>
      lab.store.getState().receive({
        type: 'probes',
        probes: { plain: [probeRecord(400, false)], bn: [withoutBatch(probeRecord(400, true))] },
        status: runStatus(400),
      }),
    );
    expect(within(figureOf(RIDGES)).getByText(RUNNING)).toBeInTheDocument();
    expect(bandReadout()).toContain('p50 0.25');
  });
});
