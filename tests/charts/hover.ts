// tests run with environment jsdom and setup tests/setup-dom.ts already configured for the 'dom' project
import { fireEvent } from '@testing-library/react';
import { vi } from 'vitest';

/** The chart's hover overlay, with a layout jsdom cannot compute: at (0, 0), its own width × height. */
function overlayOf(container: HTMLElement): { overlay: Element; width: number; height: number } {
  const overlay = container.querySelector('[data-overlay]');
  if (!overlay) throw new Error('no hover overlay');
  const width = Number(overlay.getAttribute('width'));
  const height = Number(overlay.getAttribute('height'));
  vi.spyOn(overlay, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, width, height));
  return { overlay, width, height };
}

/** Move the mouse to a fraction of the overlay's width and height. */
export function hoverAt(container: HTMLElement, fx: number, fy = 0.5): void {
  const { overlay, width, height } = overlayOf(container);
  fireEvent.mouseMove(overlay, { clientX: fx * width, clientY: fy * height });
}

/** Every `d` of every path in the container. */
export function pathData(container: Element): string[] {
  return [...container.querySelectorAll('path')].map((p) => p.getAttribute('d') ?? '');
}
