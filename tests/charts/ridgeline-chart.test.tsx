// tests run with environment jsdom and setup tests/setup-dom.ts already configured for the 'dom' project
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RidgelineChart, type ProbeHistogram } from '../../src/charts/ridgeline-chart.tsx';
import { bump, histogram } from './fixtures.ts';
import { hoverAt, pathData } from './hover.ts';

const probes: ProbeHistogram[] = [
  { step: 0, histogram: bump(8) },
  { step: 500, histogram: bump(10, 1000) },
  { step: 1000, histogram: bump(12) },
];

function renderRidges(extra: Partial<Parameters<typeof RidgelineChart>[0]> = {}) {
  return render(
    <RidgelineChart title="Layer 1 input, plain" probes={probes} width={420} height={300} color="#D55E00" {...extra} />,
  );
}

describe('RidgelineChart', () => {
  it('draws one ridge per probe, labelled by step on the y axis', () => {
    const { container } = renderRidges();
    const chart = screen.getByRole('img', { name: 'Layer 1 input, plain' });
    expect(container.querySelectorAll('path[data-probe]')).toHaveLength(3);
    const yTicks = [...container.querySelectorAll('[data-tick="y"]')].map((t) => t.textContent);
    expect(yTicks).toEqual(['0', '500', '1,000']);
    expect(within(chart).getByText('step')).toBeInTheDocument();
  });

  it('stacks the newest ridge on top', () => {
    const { container } = renderRidges();
    const baselines = [...container.querySelectorAll('path[data-probe]')].map((p) => {
      const d = p.getAttribute('d') ?? '';
      return Number(/^M[^,]+,([^L]+)/.exec(d)?.[1]);
    });
    expect(baselines[0]).toBeGreaterThan(baselines[1]);
    expect(baselines[1]).toBeGreaterThan(baselines[2]);
  });

  it('labels the end bins "≤ −8" and "≥ 8" on the input axis', () => {
    const { container } = renderRidges();
    const xTicks = [...container.querySelectorAll('[data-tick="x"]')].map((t) => t.textContent);
    expect(xTicks[0]).toBe('≤ −8');
    expect(xTicks.at(-1)).toBe('≥ 8');
    expect(screen.getByText('input to the nonlinearity')).toBeInTheDocument();
  });

  it('shades both saturated zones of the sigmoid and draws the sigmoid faintly', () => {
    const { container } = renderRidges({ activation: 'sigmoid' });
    expect(container.querySelectorAll('[data-zone="saturated"]')).toHaveLength(2);
    expect(container.querySelector('[data-curve="sigmoid"]')).not.toBeNull();
    expect(screen.getByText('σ(x)')).toBeInTheDocument();
  });

  it('shades the dead half of a ReLU instead', () => {
    const { container } = renderRidges({ activation: 'relu' });
    expect(container.querySelectorAll('[data-zone="dead"]')).toHaveLength(1);
    expect(container.querySelector('[data-curve="relu"]')).not.toBeNull();
  });

  it('emphasises the probe at the scrubber position', () => {
    const { container } = renderRidges({ highlightStep: 500 });
    const highlighted = container.querySelectorAll('path[data-highlight]');
    expect(highlighted).toHaveLength(1);
    expect(highlighted[0]).toHaveAttribute('data-probe', '500');
  });

  it('in overlay mode draws every probe on one density axis, older ones fainter', () => {
    const { container } = renderRidges({ mode: 'overlay' });
    const paths = [...container.querySelectorAll('path[data-probe]')];
    expect(paths).toHaveLength(3);
    const opacities = paths.map((p) => Number(p.getAttribute('stroke-opacity')));
    expect(opacities[0]).toBeLessThan(opacities[1]);
    expect(opacities[1]).toBeLessThan(opacities[2]);
    expect(screen.getByText('density')).toBeInTheDocument();
  });

  it('in overlay mode starts and ends every outline on the x axis', () => {
    const { container } = renderRidges({ mode: 'overlay' });
    const height = Number(container.querySelector('[data-overlay]')?.getAttribute('height'));
    for (const p of container.querySelectorAll('path[data-probe]')) {
      const ys = [...(p.getAttribute('d') ?? '').matchAll(/[ML][^,]+,([^LZ]+)/g)].map((m) => Number(m[1]));
      expect(ys[0]).toBeCloseTo(height, 6);
      expect(ys.at(-1)).toBeCloseTo(height, 6);
      expect(Math.min(...ys)).toBeLessThan(height);
    }
  });

  it('draws probe sets of different sizes at the same height when their shapes agree', () => {
    const same = [
      { step: 0, histogram: bump(8, 100) },
      { step: 1, histogram: bump(8, 1000) },
    ];
    const { container } = render(
      <RidgelineChart title="r" probes={same} width={300} height={200} color="#000" mode="overlay" />,
    );
    const [a, b] = pathData(container).filter((_, i, all) => i >= all.length - 2);
    expect(a).toBe(b);
  });

  it('thins the probes to maxRidges but keeps the newest and the highlighted one', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ step: i * 10, histogram: bump(8) }));
    const { container } = render(
      <RidgelineChart
        title="r"
        probes={many}
        width={300}
        height={300}
        color="#000"
        maxRidges={8}
        highlightStep={130}
      />,
    );
    const drawn = [...container.querySelectorAll('path[data-probe]')].map((p) => Number(p.getAttribute('data-probe')));
    expect(drawn.length).toBeLessThanOrEqual(9);
    expect(drawn).toContain(390);
    expect(drawn).toContain(130);
  });

  it('on hover shows the probe step, the bin range and its count', () => {
    const { container } = renderRidges();
    hoverAt(container, 12.5 / 16, 0.02); // top ridge (step 1,000), bin [4, 5): 33 of 99 samples
    const readout = screen.getByRole('tooltip');
    expect(readout).toHaveTextContent('step 1,000');
    expect(readout).toHaveTextContent('input: 4 to 5');
    expect(readout).toHaveTextContent(/count: 33 \(33\.3\s%\)/);
  });

  it('reads out an end bin as collecting everything beyond', () => {
    const lowOnly = [{ step: 0, histogram: histogram([5, ...Array(15).fill(0)]) }];
    const { container } = render(<RidgelineChart title="r" probes={lowOnly} width={300} height={200} color="#000" />);
    hoverAt(container, 0.01);
    expect(screen.getByRole('tooltip')).toHaveTextContent('input: < −7');
  });

  it('draws nothing but its axes when no probe has arrived yet', () => {
    const { container } = render(<RidgelineChart title="empty" probes={[]} width={300} height={200} color="#000" />);
    expect(container.querySelectorAll('path[data-probe]')).toHaveLength(0);
    for (const d of pathData(container)) expect(d).not.toMatch(/NaN/);
  });

  it('draws no zones and no curve when the values do not feed a nonlinearity (BN’s raw x·Wᵀ)', () => {
    const { container } = renderRidges({ xLabel: 'raw x·Wᵀ, before BN' });
    expect(container.querySelector('[data-zone]')).toBeNull();
    expect(container.querySelector('[data-curve]')).toBeNull();
    expect(screen.queryByText('saturated')).toBeNull();
  });

  it('keeps at most 40 of 250 probes, evenly spread from the oldest, with the newest and the scrubbed one marked', () => {
    const many = Array.from({ length: 250 }, (_, i) => ({ step: i * 100, histogram: bump(8) }));
    const { container } = render(
      <RidgelineChart title="r" probes={many} width={400} height={320} color="#000" highlightStep={13_700} />,
    );
    const drawn = [...container.querySelectorAll('path[data-probe]')].map((p) => Number(p.getAttribute('data-probe')));
    expect(drawn.length).toBeLessThanOrEqual(40);
    expect(drawn.length).toBeGreaterThanOrEqual(20);
    expect(drawn[0]).toBe(0);
    expect(drawn.at(-1)).toBe(24_900);
    expect(drawn).toContain(13_700);
    const gaps = new Set(drawn.filter((s) => s !== 13_700 && s !== 24_900).map((s, i, all) => s - (all[i - 1] ?? s)));
    gaps.delete(0);
    expect(gaps.size).toBe(1); // one stride between the sampled probes
    const mark = container.querySelector('[data-scrubbed]');
    expect(mark).toHaveAttribute('data-scrubbed', '13700');
    expect(mark).toHaveTextContent('scrubber: step 13,700');
  });

  it('keeps the sampled ridges in place as new probes arrive', () => {
    const probesUpTo = (n: number) => Array.from({ length: n }, (_, i) => ({ step: i, histogram: bump(8) }));
    const drawnOf = (n: number) => {
      const { container, unmount } = render(
        <RidgelineChart title="r" probes={probesUpTo(n)} width={400} height={320} color="#000" />,
      );
      const drawn = [...container.querySelectorAll('path[data-probe]')].map((p) =>
        Number(p.getAttribute('data-probe')),
      );
      unmount();
      return drawn.slice(0, -1); // all but the newest
    };
    const before = drawnOf(120);
    const after = drawnOf(121);
    expect(after.filter((s) => !before.includes(s)).length).toBeLessThanOrEqual(1);
  });

  it('says under the chart what it shows, when told', () => {
    renderRidges({ caption: 'BN with batch statistics (training mode)' });
    expect(screen.getByText('BN with batch statistics (training mode)')).toBeInTheDocument();
  });
});
