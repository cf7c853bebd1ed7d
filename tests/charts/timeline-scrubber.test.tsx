// tests run with environment jsdom and setup tests/setup-dom.ts already configured for the 'dom' project
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { TimelineScrubber, type ScrubberMark } from '../../src/charts/timeline-scrubber.tsx';

const steps = [0, 500, 1000, 1500, 2000];

function Harness({ diverged }: { diverged?: ScrubberMark[] }) {
  const [value, setValue] = useState<number | null>(null);
  return <TimelineScrubber steps={steps} value={value} onChange={setValue} width={500} diverged={diverged} />;
}

describe('TimelineScrubber', () => {
  it('starts live on the newest probe', () => {
    render(<Harness />);
    const slider = screen.getByRole('slider', { name: 'Timeline' });
    expect(slider).toHaveAttribute('aria-valuemin', '0');
    expect(slider).toHaveAttribute('aria-valuemax', '2000');
    expect(slider).toHaveAttribute('aria-valuenow', '2000');
    expect(slider).toHaveAttribute('aria-valuetext', 'step 2,000 (live)');
    expect(screen.getByRole('button', { name: 'Live' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('moves one probe per arrow key and to the ends with Home and End', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const slider = screen.getByRole('slider');
    await user.tab();
    expect(slider).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(slider).toHaveAttribute('aria-valuenow', '1500');
    expect(slider).toHaveAttribute('aria-valuetext', 'step 1,500');
    await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowRight}');
    expect(slider).toHaveAttribute('aria-valuenow', '1000');
    await user.keyboard('{Home}');
    expect(slider).toHaveAttribute('aria-valuenow', '0');
    await user.keyboard('{ArrowLeft}');
    expect(slider).toHaveAttribute('aria-valuenow', '0');
    await user.keyboard('{End}');
    expect(slider).toHaveAttribute('aria-valuenow', '2000');
    expect(screen.getByRole('button', { name: 'Live' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('returns to following training with the Live button', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.tab();
    await user.keyboard('{Home}');
    await user.click(screen.getByRole('button', { name: 'Live' }));
    expect(screen.getByRole('slider')).toHaveAttribute('aria-valuetext', 'step 2,000 (live)');
    expect(screen.getByRole('button', { name: 'Live' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('keeps the arrow keys it handles from reaching the page shortcuts', () => {
    const onPageKey = vi.fn();
    render(
      <div onKeyDown={onPageKey}>
        <TimelineScrubber steps={steps} value={1000} onChange={() => {}} width={400} />
      </div>,
    );
    fireEvent.keyDown(screen.getByRole('slider'), { key: 'ArrowRight' });
    fireEvent.keyDown(screen.getByRole('slider'), { key: 'r' });
    expect(onPageKey).toHaveBeenCalledTimes(1);
  });

  it('jumps to the probe nearest the pointer and follows a drag', () => {
    const onChange = vi.fn();
    const { container } = render(<TimelineScrubber steps={steps} value={null} onChange={onChange} width={400} />);
    const track = container.querySelector('svg[aria-hidden]') as SVGSVGElement;
    const width = Number(track.getAttribute('width'));
    vi.spyOn(track, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, width, 40));
    fireEvent.pointerDown(track, { clientX: 0, pointerId: 1 });
    expect(onChange).toHaveBeenLastCalledWith(0);
    fireEvent.pointerMove(track, { clientX: width / 2, pointerId: 1 });
    expect(onChange).toHaveBeenLastCalledWith(1000);
    fireEvent.pointerUp(track, { pointerId: 1 });
    fireEvent.pointerMove(track, { clientX: width, pointerId: 1 });
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('draws a tick per probe and a ✕ where a net diverged, and says so at that position', async () => {
    const user = userEvent.setup();
    const { container } = render(<Harness diverged={[{ name: 'plain', step: 1500, color: '#D55E00' }]} />);
    expect(container.querySelectorAll('[data-probe-tick]')).toHaveLength(5);
    expect(container.querySelector('[data-diverged="plain"]')).toHaveTextContent('✕');
    const slider = screen.getByRole('slider');
    expect(slider).toHaveAttribute('aria-valuetext', 'step 2,000 (live); plain diverged at step 1,500');
    await user.tab();
    await user.keyboard('{Home}');
    expect(slider).toHaveAttribute('aria-valuetext', 'step 0');
  });

  it('thins the probe ticks when they are dense', () => {
    const dense = Array.from({ length: 1000 }, (_, i) => i * 50);
    const { container } = render(<TimelineScrubber steps={dense} value={null} onChange={() => {}} width={400} />);
    const ticks = container.querySelectorAll('[data-probe-tick]').length;
    expect(ticks).toBeLessThan(200);
    expect(ticks).toBeGreaterThan(10);
  });

  it('is an empty slider before any probe', () => {
    render(<TimelineScrubber steps={[]} value={null} onChange={() => {}} width={400} />);
    expect(screen.getByRole('slider')).toHaveAttribute('aria-valuetext', 'no probes yet');
  });
});
