import { describe, expect, it } from 'vitest';
import { createLabStore } from '../../src/store/lab-store.ts';
import { fakePort } from './fake-port.ts';
import { fakeSweepPort } from './fake-sweep-workers.ts';
import { BASE } from '../protocol/base-config.ts';

const REQUEST = { kinds: ['none', 'bn'] as const, lrMin: 0.1, lrMax: 10, count: 2, steps: 50 };

function storeWithSweep(workers = 2) {
  const sweep = fakeSweepPort(workers);
  const port = fakePort();
  return { store: createLabStore(port, { config: BASE }, sweep), sweep, port };
}

describe('the sweep slice', () => {
  it('plans a sweep of the lab’s config and keeps each result at its job’s place, whatever order they come in', () => {
    const { store, sweep } = storeWithSweep(2);
    expect(store.getState().startSweep({ ...REQUEST, kinds: [...REQUEST.kinds] })).toBe(true);
    expect(store.getState().sweep.plan?.config).toEqual(BASE);
    const [first, second] = sweep.started;
    second.finish({ finalTestAccuracy: 0.2 });
    first.finish({ finalTestAccuracy: 0.1 });
    const results = store.getState().sweep.results;
    expect(results.map((r) => r?.finalTestAccuracy ?? null)).toEqual([0.1, 0.2, null, null]);
    expect(store.getState().sweep.status).toBe('running');
    for (const worker of sweep.busy()) worker.finish();
    expect(store.getState().sweep.status).toBe('done');
  });

  it('cancels a running sweep when a new one starts, and drops what the old workers still say', () => {
    const { store, sweep } = storeWithSweep(1);
    store.getState().startSweep({ ...REQUEST, kinds: ['none'] });
    const old = sweep.started[0];
    store.getState().startSweep({ ...REQUEST, kinds: ['bn'] });
    expect(old.terminated).toBe(true);
    old.finish();
    expect(store.getState().sweep.results).toEqual([null, null]);
    expect(store.getState().sweep.plan?.request.kinds).toEqual(['bn']);
  });

  it('keeps the results so far when cancelled', () => {
    const { store, sweep } = storeWithSweep(1);
    store.getState().startSweep({ ...REQUEST, kinds: ['none'] });
    sweep.started[0].finish();
    store.getState().cancelSweep();
    expect(store.getState().sweep.status).toBe('cancelled');
    expect(store.getState().sweep.results.filter((r) => r !== null)).toHaveLength(1);
  });

  it('refuses an invalid request with its reason and leaves the last sweep as it was', () => {
    const { store, sweep } = storeWithSweep();
    expect(store.getState().startSweep({ ...REQUEST, kinds: [], count: 3 })).toBe(false);
    expect(store.getState().sweep).toMatchObject({
      status: 'idle',
      plan: null,
      error: expect.stringMatching(/at least one kind/),
    });
    expect(sweep.started).toEqual([]);
  });

  it('fails with a message in a store that has no way to start workers', () => {
    const store = createLabStore(fakePort(), { config: BASE });
    store.getState().startSweep({ ...REQUEST, kinds: ['none'] });
    expect(store.getState().sweep).toMatchObject({
      status: 'failed',
      error: 'a sweep worker could not be started: this browser cannot start background workers',
    });
  });
});
