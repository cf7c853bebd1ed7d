// tests run with environment jsdom and setup tests/setup-dom.ts already configured for the 'dom' project
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TimeSeriesChart } from '../../src/charts/time-series-chart.tsx';
import type { TimeSeries } from '../../src/charts/time-series.ts';
import { KIND_COLORS } from '../../src/charts/theme.ts';
import { hoverAt, pathData } from './hover.ts';

const steps = [0, 100, 200, 300];
const loss: TimeSeries[] = [
  { name: 'plain', color: KIND_COLORS.none, points: steps.map((step, i) => ({ step, value: [NaN, 2, 1.5, 1.25][i] })) },
  { name: 'bn', color: KIND_COLORS.bn, points: steps.map((step, i) => ({ step, value: [NaN, 1, 0.5, 0.25][i] })) },
];

function renderLoss(extra: Partial<Parameters<typeof TimeSeriesChart>[0]> = {}) {
  return render(<TimeSeriesChart title="Test loss" series={loss} width={480} height={240} yLabel="loss" {...extra} />);
}

describe('TimeSeriesChart', () => {
  it('is an image named by its title, with a visible step axis, value axis and tick labels', () => {
    const { container } = renderLoss();
    const chart = screen.getByRole('img', { name: 'Test loss' });
    expect(within(chart).getByText('step')).toBeInTheDocument();
    expect(within(chart).getByText('loss')).toBeInTheDocument();
    const xTicks = [...container.querySelectorAll('[data-tick="x"]')].map((t) => t.textContent);
    expect(xTicks).toContain('0');
    expect(xTicks).toContain('300');
    expect(container.querySelectorAll('[data-tick="y"]').length).toBeGreaterThanOrEqual(2);
  });

  it('draws one line per series and a legend entry for each', () => {
    const { container } = renderLoss();
    expect(container.querySelectorAll('path[data-series]')).toHaveLength(2);
    const legend = screen.getByRole('list', { name: 'legend' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['plain', 'bn']);
  });

  it('skips NaN values: no path data says NaN', () => {
    const { container } = renderLoss();
    for (const d of pathData(container)) expect(d).not.toMatch(/NaN|Infinity/);
  });

  it('draws a dashed series dashed and a solid one solid', () => {
    const series = [loss[0], { ...loss[1], name: 'train', dashed: true }];
    const { container } = render(
      <TimeSeriesChart title="Loss" series={series} width={400} height={200} yLabel="loss" />,
    );
    expect(container.querySelector('path[data-series="train"]')).toHaveAttribute('stroke-dasharray');
    expect(container.querySelector('path[data-series="plain"]')).not.toHaveAttribute('stroke-dasharray');
  });

  it('on a log axis labels only powers of ten and drops negative values', () => {
    const grads: TimeSeries[] = [
      { name: 'L1', color: '#333', points: [0, 1, 2, 3].map((step, i) => ({ step, value: [NaN, 0.002, -1, 0.4][i] })) },
      {
        name: 'L2',
        color: '#666',
        points: [0, 1, 2, 3].map((step, i) => ({ step, value: [NaN, 0.03, 0.05, 0.2][i] })),
      },
    ];
    const { container } = render(
      <TimeSeriesChart title="Gradient norms" series={grads} width={400} height={300} yLabel="‖∂L/∂W‖" log />,
    );
    const ticks = [...container.querySelectorAll('[data-tick="y"]')].map((t) => t.textContent);
    expect(ticks).toEqual(['10⁻³', '10⁻²', '10⁻¹', '1']);
    for (const d of pathData(container)) expect(d).not.toMatch(/NaN|Infinity/);
    expect(container.querySelectorAll('path[data-series]')).toHaveLength(2);
  });

  it('shows a point that has no drawable neighbour as a dot', () => {
    const series: TimeSeries[] = [
      {
        name: 'plain',
        color: '#000',
        points: [
          { step: 0, value: NaN },
          { step: 10, value: 0.7 },
        ],
      },
    ];
    const { container } = render(
      <TimeSeriesChart title="Grad" series={series} width={300} height={200} yLabel="norm" />,
    );
    expect(container.querySelectorAll('circle[data-point="plain"]')).toHaveLength(1);
  });

  it('marks a diverged net with a ✕ and says where it diverged', () => {
    const series = [{ ...loss[0], divergedAt: 200 }, loss[1]];
    const { container } = render(
      <TimeSeriesChart title="Loss" series={series} width={480} height={240} yLabel="loss" />,
    );
    const mark = container.querySelector('[data-diverged="plain"]');
    expect(mark).not.toBeNull();
    expect(mark).toHaveTextContent('✕');
    expect(screen.getByText('plain diverged at step 200')).toBeInTheDocument();
  });

  it('draws the scrubber position as a vertical line', () => {
    const { container } = renderLoss({ markerStep: 150 });
    const marker = container.querySelector('[data-marker]');
    expect(marker).not.toBeNull();
    expect(marker?.getAttribute('x1')).toBe(marker?.getAttribute('x2'));
  });

  it('on hover shows a crosshair and both nets’ values at the nearest recorded step', () => {
    const { container } = renderLoss();
    hoverAt(container, 0.62); // nearest to step 200 of [0, 300]
    const readout = screen.getByRole('tooltip');
    expect(readout).toHaveTextContent('step 200');
    expect(within(readout).getByText(/plain: 1\.5/)).toBeInTheDocument();
    expect(within(readout).getByText(/bn: 0\.5/)).toBeInTheDocument();
    expect(container.querySelector('[data-crosshair]')).not.toBeNull();
    fireEvent.mouseLeave(container.querySelector('[data-overlay]') as Element);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('links its crosshair with a paired chart through hoverStep and onHoverStep', () => {
    const heard: (number | null)[] = [];
    const { container } = renderLoss({ onHoverStep: (s) => heard.push(s) });
    hoverAt(container, 0.3);
    fireEvent.mouseLeave(container.querySelector('[data-overlay]') as Element);
    expect(heard).toEqual([100, null]);
    renderLoss({ hoverStep: 300 });
    expect(screen.getByRole('tooltip')).toHaveTextContent('step 300');
    expect(screen.getByRole('tooltip')).toHaveTextContent('bn: 0.25');
  });

  it('reads out a missing value as a dash', () => {
    const { container } = renderLoss();
    hoverAt(container, 0.01);
    expect(screen.getByRole('tooltip')).toHaveTextContent('step 0');
    expect(within(screen.getByRole('tooltip')).getByText('plain: —')).toBeInTheDocument();
  });

  it('draws a band per series that has one, and reads out its range', () => {
    const gamma: TimeSeries[] = [
      {
        name: 'γ L1',
        color: '#0072B2',
        points: [
          { step: 0, value: 1 },
          { step: 10, value: 1.2 },
        ],
        band: [
          { step: 0, lo: 1, hi: 1 },
          { step: 10, lo: 0.8, hi: 1.6 },
        ],
      },
    ];
    const { container } = render(<TimeSeriesChart title="γ" series={gamma} width={300} height={200} yLabel="γ" />);
    expect(container.querySelectorAll('path[data-band]')).toHaveLength(1);
    hoverAt(container, 0.99);
    expect(screen.getByRole('tooltip')).toHaveTextContent('γ L1: 1.2 (0.8 – 1.6)');
  });

  it('uses the y domain it is given, so paired charts share it', () => {
    const { container } = renderLoss({ yDomain: [0, 10] });
    const ticks = [...container.querySelectorAll('[data-tick="y"]')].map((t) => t.textContent);
    expect(ticks[0]).toBe('0');
    expect(ticks.at(-1)).toBe('10');
  });

  it('makes labels at least 24 px and lines at least 3 px in presenter mode', () => {
    const { container } = renderLoss({ presenter: true });
    expect(Number(container.querySelector('[data-axis="x"]')?.getAttribute('font-size'))).toBeGreaterThanOrEqual(24);
    expect(Number(container.querySelector('path[data-series]')?.getAttribute('stroke-width'))).toBeGreaterThanOrEqual(
      3,
    );
  });

  it('pins values above the y domain to its top edge as ▲ and says so in the read-out', () => {
    const high: TimeSeries[] = [
      { name: 'plain', color: KIND_COLORS.none, points: steps.map((step, i) => ({ step, value: [2.3, 7, 9, 1][i] })) },
    ];
    const { container } = render(
      <TimeSeriesChart title="Loss" series={high} width={480} height={240} yLabel="loss" yDomain={[0, 4]} />,
    );
    const marks = [...container.querySelectorAll('[data-off-chart="above"]')];
    expect(marks).toHaveLength(2);
    for (const mark of marks) {
      const ys = [...(mark.getAttribute('d') ?? '').matchAll(/[ML][^,]+,([^LZ]+)/g)].map((m) => Number(m[1]));
      expect(Math.min(...ys)).toBe(0); // the tip sits on the top edge
    }
    hoverAt(container, 0.34); // step 100
    expect(screen.getByRole('tooltip')).toHaveTextContent('plain: 7 (▲ above the chart)');
    expect(screen.getByRole('img', { name: 'Loss' })).toHaveAccessibleDescription(
      'Loss over 300 steps. Latest at step 300: plain 1.',
    );
  });

  it('on a log axis shows a gradient of exactly 0 on a "0" tick below the decades, and reads it out as 0', () => {
    const grads: TimeSeries[] = [
      { name: 'L1', color: '#333', points: [0, 1, 2, 3].map((step, i) => ({ step, value: [NaN, 0.01, 0, 0][i] })) },
    ];
    const { container } = render(
      <TimeSeriesChart title="Gradient norms" series={grads} width={400} height={300} yLabel="‖∂L/∂W‖" log />,
    );
    const ticks = [...container.querySelectorAll('[data-tick="y"]')].map((t) => t.textContent);
    expect(ticks[0]).toBe('0');
    expect(container.querySelector('[data-axis-break]')).not.toBeNull();
    const bottom = Number(container.querySelector('[data-overlay]')?.getAttribute('height'));
    const d = container.querySelector('path[data-series="L1"]')?.getAttribute('d') ?? '';
    const ys = [...d.matchAll(/[ML][^,]+,([^LZ]+)/g)].map((m) => Number(m[1]));
    expect(ys.at(-1)).toBeCloseTo(bottom, 6);
    hoverAt(container, 0.99);
    expect(screen.getByRole('tooltip')).toHaveTextContent('L1: 0');
  });

  it('draws the second net of a kind dotted with a marker at every point, and its legend shows both', () => {
    const twins: TimeSeries[] = [loss[0], { ...loss[0], name: 'plain-2', variant: 1 }];
    const { container } = render(
      <TimeSeriesChart title="Loss" series={twins} width={480} height={240} yLabel="loss" />,
    );
    expect(container.querySelector('path[data-series="plain"]')).not.toHaveAttribute('stroke-dasharray');
    expect(container.querySelector('path[data-series="plain-2"]')).toHaveAttribute('stroke-dasharray', '1.5 2.25');
    expect(container.querySelectorAll('[data-variant-markers="plain-2"] path')).toHaveLength(3);
    expect(container.querySelector('[data-variant-markers="plain"]')).toBeNull();
    const legend = within(screen.getByRole('list', { name: 'legend' })).getAllByRole('listitem');
    expect(legend[0].querySelector('[data-swatch-marker]')).toBeNull();
    expect(legend[1].querySelector('[data-swatch-marker]')).not.toBeNull();
    expect(legend[1].querySelector('line')).toHaveAttribute('stroke-dasharray', '1.5 2.25');
  });
});
