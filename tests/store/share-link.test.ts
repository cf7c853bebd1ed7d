import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/lab/presets.ts';
import type { NetStatus, RunStatus } from '../../src/protocol/messages.ts';
import { replayConfig } from '../../src/protocol/replay-config.ts';
import { MAX_LINK_EVENTS, shareLink } from '../../src/store/share-link.ts';
import { parseUrlState } from '../../src/store/url-state.ts';
import { readyMsg, storeWithPort } from './fake-port.ts';

const PAGE = 'https://example.org/course/bn/?scene=fig1&lr=9#lesson';

/** A paused run at `step` whose nets changed their rates live at these [step, lr] (the first at step 0). */
function runWith(step: number, changes: readonly (readonly [number, number])[]) {
  const { store } = storeWithPort({ config: PRESETS['moons-quick'], presetName: 'moons-quick' });
  const { config } = store.getState();
  store.getState().receive(readyMsg(config));
  const nets: NetStatus[] = config.nets.map((net) => ({
    name: net.name,
    norm: net.norm,
    lr: changes[changes.length - 1][1],
    diverged: null,
    lastLoss: 1,
    lrChanges: changes,
  }));
  const status: RunStatus = { step, running: false, finished: false, stepsPerSecond: 0, nets };
  store.getState().receive({ type: 'status', status });
  return store;
}

describe('Share’s link', () => {
  it('holds the live rate changes as the ev schedule, stops at the run’s step, with the timeline and view', () => {
    const changes = [
      [0, 0.5],
      [120, 0.2],
      [180, 1],
    ] as const;
    const store = runWith(240, changes);
    store.getState().setScrubStep(200);
    store.getState().selectLayer(0);
    store.getState().setStatsMode('inference');
    const link = shareLink(store.getState(), PAGE);
    if (link.kind !== 'link') throw new Error(`no link: ${link.kind}`);
    expect(link.step).toBe(240);
    const url = new URL(link.url);
    expect(url.origin + url.pathname).toBe('https://example.org/course/bn/');
    expect(url.hash).toBe('');
    expect(url.search).toContain('&ev=lr0.2@120,lr1@180&');
    const parsed = parseUrlState(url.search);
    const { config } = store.getState();
    const names = config.nets.map((n) => n.name);
    expect(parsed.notice).toBeNull();
    expect(parsed.config).toEqual(replayConfig(config, Object.fromEntries(names.map((n) => [n, changes])), 240));
    expect(parsed.config.lr).toBe(0.5);
    expect(parsed.stop).toEqual({ step: 240, scrub: 200 });
    expect(parsed.view).toMatchObject({ selectedLayer: 0, statsMode: 'inference' });
    expect(parsed.presetName).toBe('moons-quick');
  });

  it(`puts a schedule of ${MAX_LINK_EVENTS} changes in a link, and not one of ${MAX_LINK_EVENTS + 1}`, () => {
    const changes = (n: number) => Array.from({ length: n + 1 }, (_, i) => [i * 2, i % 2 === 0 ? 0.5 : 0.3] as const);
    const fits = shareLink(runWith(100, changes(MAX_LINK_EVENTS)).getState(), PAGE);
    expect(fits.kind).toBe('link');
    if (fits.kind === 'link') expect(parseUrlState(new URL(fits.url).search).config.events).toHaveLength(32);
    expect(shareLink(runWith(100, changes(MAX_LINK_EVENTS + 1)).getState(), PAGE)).toEqual({
      kind: 'too-long',
      events: 33,
    });
  });

  it('opens the setup at step 0 when the run has not trained yet', () => {
    const link = shareLink(runWith(0, [[0, 0.5]]).getState(), PAGE);
    expect(link.kind === 'link' && parseUrlState(new URL(link.url).search).stop).toBeNull();
  });
});
