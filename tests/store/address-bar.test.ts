import { describe, expect, it, vi } from 'vitest';
import { syncUrl } from '../../src/store/address-bar.ts';
import { parseUrlState } from '../../src/store/url-state.ts';
import { readyMsg, status, storeWithPort } from './fake-port.ts';

function watched(initial: Parameters<typeof storeWithPort>[0] = {}) {
  const lab = storeWithPort(initial);
  const history = { state: null, replaceState: vi.fn() };
  const stop = syncUrl(lab.store, history);
  const shown = () => parseUrlState(String(history.replaceState.mock.lastCall?.[2]).replace(/#.*$/, ''));
  return { ...lab, history, stop, shown };
}

describe('the address bar', () => {
  it('is written now, and again when the config or the view changes, never for training', () => {
    const { store, history, stop, shown } = watched();
    expect(history.replaceState).toHaveBeenCalledTimes(1);
    store.getState().receive(readyMsg(store.getState().config));
    store.getState().receive({ type: 'status', status: status(300, true) });
    expect(history.replaceState).toHaveBeenCalledTimes(1);
    store.getState().setBatchSize(30);
    expect(shown().config.batchSize).toBe(30);
    store.getState().togglePresenter();
    store.getState().selectLayer(0);
    store.getState().setRidgeline('overlay');
    expect(history.replaceState).toHaveBeenCalledTimes(5);
    expect(shown().view).toMatchObject({ presenter: true, selectedLayer: 0, ridgeline: 'overlay' });
    stop();
    store.getState().setBatchSize(40);
    expect(history.replaceState).toHaveBeenCalledTimes(5);
  });

  it('keeps a link’s stop while its replay is on screen, so a reload replays it, and drops it at Play', () => {
    const { store, shown } = watched({ stop: { step: 2000, scrub: 1200 } });
    expect(shown().stop).toEqual({ step: 2000, scrub: 1200 });
    store.getState().receive(readyMsg(store.getState().config));
    store.getState().receive({ type: 'status', status: status(2000, false) });
    expect(shown().stop).toEqual({ step: 2000, scrub: 1200 });
    store.getState().play();
    expect(shown().stop).toBeNull();
  });
});
