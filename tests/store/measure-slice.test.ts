import { describe, expect, it } from 'vitest';
import type { Measurement } from '../../src/protocol/measurements.ts';
import { readyMsg, storeWithPort } from './fake-port.ts';

const inference: Measurement = {
  kind: 'inference',
  result: { step: 40, batchSizes: [1, 60], nets: { bn: { running: 0.9, population: 0.91, byBatchSize: [0.1, 0.9] } } },
};

describe('the measure slice', () => {
  it('asks the worker, marks the kind as under way, and keeps the answer until new nets are built', () => {
    const { store, port } = storeWithPort();
    store.getState().measure({ kind: 'inference' });
    expect(port.sent.at(-1)).toEqual({ type: 'measure', request: { kind: 'inference' } });
    expect(store.getState().measuring).toEqual(['inference']);
    store.getState().receive({ type: 'measured', measurement: inference });
    expect(store.getState().measuring).toEqual([]);
    expect(store.getState().measurements.inference).toBe(inference);
    store.getState().receive(readyMsg(store.getState().config));
    expect(store.getState().measurements).toEqual({});
  });

  it('Apply adds a scale event at the paused step and sends it as a live change', () => {
    const { store, port } = storeWithPort();
    store.getState().receive({ type: 'status', status: { ...store.getState().status, step: 1200, running: false } });
    expect(store.getState().applyScale(3, 0.5)).toBe(true);
    expect(store.getState().config.events).toEqual([{ step: 1200, type: 'scale', layer: 3, factor: 0.5 }]);
    expect(store.getState().resetPending).toBe(false);
    expect(port.sent.at(-1)).toEqual({ type: 'set-config', config: store.getState().config });
  });

  it('Apply while running asks to pause first and changes nothing', () => {
    const { store, port } = storeWithPort();
    store.getState().receive({ type: 'status', status: { ...store.getState().status, step: 10, running: true } });
    expect(store.getState().applyScale(1, 2)).toBe(false);
    expect(store.getState().notice).toMatch(/Pause first/);
    expect(store.getState().config.events).toBeUndefined();
    expect(port.sent).toEqual([]);
  });
});
