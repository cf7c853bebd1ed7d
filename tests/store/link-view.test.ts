import { describe, expect, it } from 'vitest';
import type { LinkView } from '../../src/store/lab-state.ts';
import { DEFAULT_CONFIG } from '../../src/store/default-config.ts';
import { defaultView } from '../../src/store/ui-slice.ts';
import { encodeUrlState, parseUrlState } from '../../src/store/url-state.ts';

const DEFAULT_VIEW = defaultView(DEFAULT_CONFIG);
const base = { config: DEFAULT_CONFIG, presetName: 'paper-fig1' };
/** The notice a link with these skipped fields gets. */
const noticeFor = (named: string) =>
  `This link had fields that could not be used: ${named}; using the defaults for those.`;

describe('the view and the stop in a link', () => {
  it.each<[string, Partial<LinkView>]>([
    ['layer=1', { selectedLayer: 0 }],
    ['unit=42', { selectedUnit: 41 }],
    ['draw=overlay', { ridgeline: 'overlay' }],
    ['bnv=raw', { bnView: 'raw' }],
    ['stats=inference', { statsMode: 'inference' }],
    ['bnacc=1', { bnDetail: true }],
    ['settings=0', { sidebarCollapsed: true }],
    ['lesson=0', { lessonCollapsed: true }],
    ['present=1', { presenter: true }],
  ])('writes %s for a view that differs there, and reads it back', (pair, change) => {
    const view = { ...DEFAULT_VIEW, ...change };
    const url = encodeUrlState({ ...base, view });
    expect(url.endsWith(`&nets=none,bn&${pair}`)).toBe(true);
    expect(parseUrlState(url)).toEqual({ ...base, view, stop: null, notice: null });
  });

  it('writes no view key for the default view, and no stop at step 0', () => {
    const url = encodeUrlState({ ...base, view: DEFAULT_VIEW, stop: { step: 0, scrub: 0 } });
    expect(url).toBe(encodeUrlState(base));
  });

  it('round-trips every key at once, the stop and its scrubber included', () => {
    const view: LinkView = {
      selectedLayer: 1,
      selectedUnit: 7,
      ridgeline: 'overlay',
      bnView: 'raw',
      statsMode: 'inference',
      bnDetail: true,
      sidebarCollapsed: true,
      lessonCollapsed: true,
      presenter: true,
    };
    const stop = { step: 2345, scrub: 2300 };
    const url = encodeUrlState({ ...base, view, stop });
    expect(url).toContain(
      '&layer=2&unit=8&draw=overlay&bnv=raw&stats=inference&bnacc=1&settings=0&lesson=0&present=1&at=2345&scrub=2300',
    );
    expect(parseUrlState(url)).toEqual({ ...base, view, stop, notice: null });
    expect(parseUrlState(encodeUrlState({ ...base, stop: { step: 500, scrub: null } })).stop).toEqual({
      step: 500,
      scrub: null,
    });
  });

  it('checks a unit against the link’s own layers and widths', () => {
    const { view, notice } = parseUrlState('?h=10,200&layer=2&unit=150');
    expect(notice).toBeNull();
    expect(view).toMatchObject({ selectedLayer: 1, selectedUnit: 149 });
    expect(parseUrlState('?h=10,200&layer=1&unit=150').notice).toBe(
      noticeFor('unit=150 (unit must be a whole number from 1 to 10 (the units of layer 1), got 150)'),
    );
  });

  /** A link of good keys, each of which the bad one below replaces when it has the same key. */
  const GOOD = ['lr=0.5', 'layer=2', 'draw=overlay', 'at=2000', 'scrub=1200'];

  it.each([
    ['layer=0', 'layer must be a whole number from 1 to 3 (the hidden layers), got 0'],
    ['layer=4', 'layer must be a whole number from 1 to 3 (the hidden layers), got 4'],
    ['layer=1.5', 'layer must be a whole number from 1 to 3 (the hidden layers), got 1.5'],
    ['layer=two', 'not a number'],
    ['unit=0', 'unit must be a whole number from 1 to 100 (the units of layer 2), got 0'],
    ['draw=lines', 'draw is ridge or overlay, got lines'],
    ['bnv=after', 'bnv is normalized or raw, got after'],
    ['stats=running', 'stats is batch or inference, got running'],
    ['bnacc=yes', 'bnacc is 1 (on) or 0 (off), got yes'],
    ['settings=2', 'settings is 1 (on) or 0 (off), got 2'],
    ['lesson=', 'lesson is 1 (on) or 0 (off), got '],
    ['present=true', 'present is 1 (on) or 0 (off), got true'],
    ['at=-5', 'at must be a whole number from 0 to 50000 (the steps of the run), got -5'],
    ['at=50001', 'at must be a whole number from 0 to 50000 (the steps of the run), got 50001'],
    ['scrub=2100', 'scrub must be a whole number from 0 to 2000 (a step up to at, where the link stops), got 2100'],
  ])('skips a bad %s, names it in the notice and keeps the other keys', (pair, reason) => {
    const [key] = pair.split('=');
    // a bad at leaves no stop, and so no scrubber to check
    const good = GOOD.filter((p) => !p.startsWith(`${key}=`) && !(key === 'at' && p.startsWith('scrub=')));
    const parsed = parseUrlState(`?${[...good, pair].join('&')}`);
    expect(parsed.notice).toBe(noticeFor(`${pair} (${reason})`));
    expect(parsed.config).toEqual({ ...DEFAULT_CONFIG, lr: 0.5 });
    expect(parsed.view).toEqual({
      ...DEFAULT_VIEW,
      selectedLayer: key === 'layer' ? DEFAULT_VIEW.selectedLayer : 1,
      ridgeline: key === 'draw' ? 'ridge' : 'overlay',
    });
    expect(parsed.stop).toEqual(key === 'at' ? null : { step: 2000, scrub: key === 'scrub' ? null : 1200 });
  });

  it('takes no scrubber without a step to stop at', () => {
    expect(parseUrlState('?scrub=100')).toMatchObject({
      stop: null,
      notice: noticeFor(
        'scrub=100 (scrub must be a whole number from 0 to 0 (a step up to at, where the link stops), got 100)',
      ),
    });
  });

  it('checks at against the link’s own run length', () => {
    expect(parseUrlState('?steps=1000&at=1000').stop).toEqual({ step: 1000, scrub: null });
    expect(parseUrlState('?steps=1000&at=1001').notice).toContain('at=1001 (at must be a whole number from 0 to 1000');
  });

  it('uses the first of a repeated view key and names the others', () => {
    const { view, notice } = parseUrlState('?layer=1&layer=2');
    expect(view.selectedLayer).toBe(0);
    expect(notice).toBe(noticeFor('layer=2 (layer is repeated; the first one is used)'));
  });
});
