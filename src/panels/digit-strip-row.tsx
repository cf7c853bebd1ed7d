/**
 * Test digits with both nets' predictions at the shown step; wrong ones marked. Where the strip is wider than the
 * screen (a phone) it scrolls sideways, by touch or by keyboard, and a fade and a hint say there is more.
 */

import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { DigitStrip, type NetPredictions } from '../charts/digit-strip.tsx';
import type { SampleStrip } from '../protocol/messages.ts';
import { useLab } from '../store/use-lab.ts';
import { RowHead } from './row-head.tsx';
import { useDeferredShownProbes, type Side } from './use-sides.ts';

function overflows(element: HTMLElement): boolean {
  return element.scrollWidth > element.clientWidth;
}

/** Whether a sideways scroller has more to its right: checked on scroll, on resize and when `content` changes. */
function useMoreToTheRight<T extends HTMLElement>(content: unknown): [RefObject<T | null>, boolean, () => void] {
  const ref = useRef<T>(null);
  const [more, setMore] = useState(false);
  const update = useCallback(() => {
    const element = ref.current;
    // a pixel of slack: scroll offsets are fractional on a zoomed page
    if (element) setMore(element.scrollLeft + element.clientWidth < element.scrollWidth - 1);
  }, []);
  useLayoutEffect(() => {
    update();
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [update, content]);
  return [ref, more, update];
}

/** → scrolls a strip that overflows, rather than stepping the training. */
function keepArrowWhileScrolling(event: KeyboardEvent<HTMLDivElement>): void {
  if (event.key === 'ArrowRight' && overflows(event.currentTarget)) event.stopPropagation();
}

function ScrollingStrip({ strip, nets }: { readonly strip: SampleStrip; readonly nets: NetPredictions[] }) {
  const presenter = useLab((s) => s.presenter);
  const [ref, more, update] = useMoreToTheRight<HTMLDivElement>(`${strip.count} ${presenter}`);
  return (
    <>
      <div className={more ? 'digit-strip-frame has-more' : 'digit-strip-frame'}>
        <div
          ref={ref}
          className="digit-strip"
          role="region"
          aria-label="Test digit strip"
          tabIndex={0}
          onScroll={update}
          onKeyDown={keepArrowWhileScrolling}
        >
          <DigitStrip strip={strip} nets={nets} presenter={presenter} title="Test digits and each net's prediction" />
        </div>
      </div>
      {more ? (
        <p className="digit-strip__more" aria-hidden="true">
          scroll for more →
        </p>
      ) : null}
    </>
  );
}

export function DigitStripRow({ sides }: { readonly sides: readonly Side[] }) {
  const strip = useLab((s) => s.strip);
  const shown = useDeferredShownProbes(sides);
  const nets = useMemo(
    (): NetPredictions[] =>
      sides.map((side, i) => ({ name: side.name, color: side.color, predictions: shown[i]?.predictions ?? null })),
    [sides, shown],
  );
  if (!strip) return null;
  return (
    <section className="row" aria-label="Test digits">
      <RowHead
        title="Test digits and predictions"
        explainer="The first test images with each net's guess at the shown step; ✕ marks a wrong guess in that net's colour."
      />
      <ScrollingStrip strip={strip} nets={nets} />
    </section>
  );
}
