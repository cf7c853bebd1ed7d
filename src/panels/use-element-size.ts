/** The width and height of an element, followed with a ResizeObserver so charts size to their container. */

import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface ElementSize {
  readonly width: number;
  readonly height: number;
}

/** Used before layout, and where there is no ResizeObserver (jsdom). */
export const FALLBACK_SIZE: ElementSize = { width: 480, height: 240 };

/** A ref to attach and the element's content size in whole pixels; `fallback` until it has been measured. */
export function useElementSize<T extends HTMLElement>(
  fallback: ElementSize = FALLBACK_SIZE,
): [RefObject<T | null>, ElementSize] {
  const ref = useRef<T>(null);
  const [size, setSize] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const update = (width: number, height: number): void => {
      const w = Math.floor(width);
      const h = Math.floor(height);
      // an element not laid out yet (display: none, jsdom) keeps the fallback
      if (w <= 0) return;
      setSize((prev) => (prev.width === w && prev.height === h ? prev : { width: w, height: h }));
    };
    update(element.clientWidth, element.clientHeight);
    const observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (box) update(box.width, box.height);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size];
}
