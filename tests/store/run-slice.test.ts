import { describe, expect, it } from 'vitest';
import { readyMsg, status, storeWithPort } from './fake-port.ts';

describe('run slice', () => {
  it('play and pause send their commands and flip running at once', () => {
    const { store, port } = storeWithPort();
    store.getState().receive(readyMsg(store.getState().config));
    store.getState().togglePlay();
    expect(store.getState().status.running).toBe(true);
    store.getState().togglePlay();
    expect(store.getState().status.running).toBe(false);
    expect(port.sent).toEqual([{ type: 'play' }, { type: 'pause' }]);
  });

  it('step sends a whole count of at least one and pauses', () => {
    const { store, port } = storeWithPort();
    store.getState().receive(readyMsg(store.getState().config));
    store.getState().play();
    port.sent.length = 0;
    store.getState().step();
    expect(store.getState().status.running).toBe(false);
    store.getState().step(10);
    store.getState().step(0);
    expect(port.sent).toEqual([
      { type: 'step', count: 1 },
      { type: 'step', count: 10 },
      { type: 'step', count: 1 },
    ]);
  });

  it('reset is sent and pending until the worker is ready again', () => {
    const { store, port } = storeWithPort();
    store.getState().reset();
    expect(port.sent).toEqual([{ type: 'reset', config: store.getState().config }]);
    expect(store.getState().resetPending).toBe(true);
    store.getState().receive(readyMsg(store.getState().config));
    expect(store.getState().resetPending).toBe(false);
  });

  it('reset after a live learning-rate change rebuilds with the rate the page shows', () => {
    const { store, port } = storeWithPort();
    store.getState().setLearningRate(5);
    store.getState().reset();
    expect(port.sent.at(-1)).toEqual({ type: 'reset', config: expect.objectContaining({ lr: 5 }) });
  });

  it('loading progress is stored until ready', () => {
    const { store } = storeWithPort();
    store.getState().receive({ type: 'loading', loaded: 5, total: 10 });
    expect(store.getState()).toMatchObject({ loading: { loaded: 5, total: 10 }, ready: false });
    store.getState().receive(readyMsg(store.getState().config));
    expect(store.getState()).toMatchObject({ loading: null, ready: true });
  });

  it('a status message replaces the run status', () => {
    const { store } = storeWithPort();
    const next = {
      ...status(1200, true),
      nets: [
        { name: 'plain', norm: 'none' as const, lr: 1, diverged: null, lastLoss: 0.3, lrChanges: [[0, 1] as const] },
      ],
    };
    store.getState().receive({ type: 'status', status: next });
    expect(store.getState().status).toBe(next);
  });

  it('a fatal error is stored, stops the run, and restartWorker asks the port for a new worker', () => {
    const { store, port } = storeWithPort();
    store.getState().receive({ type: 'status', status: status(10, true) });
    store.getState().receive({ type: 'error', message: 'out of memory', fatal: true });
    expect(store.getState().error).toEqual({ message: 'out of memory', fatal: true });
    expect(store.getState().status.running).toBe(false);
    store.getState().dismissError();
    expect(store.getState().error).not.toBeNull();

    store.getState().restartWorker();
    expect(port.restarts).toBe(1);
    expect(store.getState()).toMatchObject({ error: null, ready: false });
  });

  it('a non-fatal error can be dismissed', () => {
    const { store } = storeWithPort();
    store.getState().receive({ type: 'error', message: 'lr too large', fatal: false });
    store.getState().dismissError();
    expect(store.getState().error).toBeNull();
  });

  it('a notice from the start (a bad link) shows until dismissed', () => {
    const { store } = storeWithPort({ notice: 'bad link' });
    expect(store.getState().notice).toBe('bad link');
    store.getState().dismissNotice();
    expect(store.getState().notice).toBeNull();
  });
});
