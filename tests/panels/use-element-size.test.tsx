import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FALLBACK_SIZE, useElementSize } from '../../src/panels/use-element-size.ts';

function Probe() {
  const [ref, size] = useElementSize<HTMLDivElement>();
  return <div ref={ref}>{`${size.width}×${size.height}`}</div>;
}

class FakeResizeObserver {
  static last: FakeResizeObserver | null = null;
  disconnected = false;
  constructor(readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.last = this;
  }
  observe(): void {}
  disconnect(): void {
    this.disconnected = true;
  }
  resize(width: number, height: number): void {
    const entry = { contentRect: { width, height } } as ResizeObserverEntry;
    this.callback([entry], this as unknown as ResizeObserver);
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('useElementSize', () => {
  it('falls back to a fixed size where there is no ResizeObserver (jsdom)', () => {
    render(<Probe />);
    expect(screen.getByText(`${FALLBACK_SIZE.width}×${FALLBACK_SIZE.height}`)).toBeInTheDocument();
  });

  it('follows the element’s size in whole pixels and stops observing on unmount', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const { unmount } = render(<Probe />);
    act(() => FakeResizeObserver.last?.resize(612.7, 200.2));
    expect(screen.getByText('612×200')).toBeInTheDocument();
    act(() => FakeResizeObserver.last?.resize(0, 0));
    expect(screen.getByText('612×200')).toBeInTheDocument();
    unmount();
    expect(FakeResizeObserver.last?.disconnected).toBe(true);
  });
});
