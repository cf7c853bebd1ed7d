import { describe, expect, it } from 'vitest';
import { selectProbeAt, selectShownStep, selectSteps } from '../../src/store/selectors.ts';
import { STRIP, probesMsg, readyMsg, storeWithPort } from './fake-port.ts';

function readyStore() {
  const made = storeWithPort();
  made.store.getState().receive(readyMsg(made.store.getState().config));
  return made;
}

describe('history slice', () => {
  it('a ready message clears the history, sets the strip and follows live', () => {
    const { store } = readyStore();
    store.getState().receive(probesMsg({ plain: [0, 100], bn: [0, 100] }));
    store.getState().setScrubStep(0);
    store.getState().receive(readyMsg(store.getState().config));
    expect(store.getState().probes).toEqual({ plain: [], bn: [] });
    expect(store.getState().strip).toBe(STRIP);
    expect(store.getState().scrubStep).toBeNull();
  });

  it('a probes message appends per net in one update', () => {
    const { store } = readyStore();
    store.getState().receive(probesMsg({ plain: [0], bn: [0] }));
    const before = store.getState().probes;
    let updates = 0;
    const unsubscribe = store.subscribe(() => (updates += 1));
    store.getState().receive(probesMsg({ plain: [100, 200], bn: [100, 200] }, 200));
    unsubscribe();
    expect(updates).toBe(1);
    const { probes, status } = store.getState();
    expect(probes.plain.map((p) => p.step)).toEqual([0, 100, 200]);
    expect(probes.bn.map((p) => p.step)).toEqual([0, 100, 200]);
    expect(probes.plain).not.toBe(before.plain);
    expect(status.step).toBe(200);
  });

  it('only the net that got probes gets a new array', () => {
    const { store } = readyStore();
    store.getState().receive(probesMsg({ plain: [0], bn: [0] }));
    const bnBefore = store.getState().probes.bn;
    store.getState().receive(probesMsg({ plain: [100] }));
    expect(store.getState().probes.bn).toBe(bnBefore);
  });

  it('probes for steps already held are skipped', () => {
    const { store } = readyStore();
    store.getState().receive(probesMsg({ plain: [0, 100] }));
    store.getState().receive(probesMsg({ plain: [100, 200] }));
    expect(store.getState().probes.plain.map((p) => p.step)).toEqual([0, 100, 200]);
  });

  it('a thinned message keeps only the listed steps', () => {
    const { store } = readyStore();
    store.getState().receive(probesMsg({ plain: [0, 100, 200, 300], bn: [0, 100, 200, 300] }));
    store.getState().receive({ type: 'thinned', keptSteps: [0, 200, 300] });
    expect(store.getState().probes.plain.map((p) => p.step)).toEqual([0, 200, 300]);
    expect(store.getState().probes.bn.map((p) => p.step)).toEqual([0, 200, 300]);
  });

  it('selectProbeAt gives the probe at the scrubber, or the latest when live', () => {
    const { store } = readyStore();
    store.getState().receive(probesMsg({ plain: [0, 100, 200], bn: [0, 100] }));
    expect(selectProbeAt(store.getState(), 'plain')?.step).toBe(200);
    store.getState().setScrubStep(150);
    expect(selectProbeAt(store.getState(), 'plain')?.step).toBe(100);
    expect(selectProbeAt(store.getState(), 'plain', 200)?.step).toBe(200);
    expect(selectProbeAt(store.getState(), 'missing')).toBeUndefined();
    store.getState().followLive();
    expect(selectProbeAt(store.getState(), 'bn')?.step).toBe(100);
  });

  it('selectSteps is the sorted union of recorded steps and stays the same array until the history changes', () => {
    const { store } = readyStore();
    store.getState().receive(probesMsg({ plain: [0, 100, 200], bn: [0, 100, 150] }));
    const steps = selectSteps(store.getState());
    expect(steps).toEqual([0, 100, 150, 200]);
    store.getState().setScrubStep(100);
    expect(selectSteps(store.getState())).toBe(steps);
    expect(selectShownStep(store.getState())).toBe(100);
  });

  it('scrubBy moves between recorded probes and returns to live past the last one', () => {
    const { store } = readyStore();
    store.getState().receive(probesMsg({ plain: [0, 100, 200] }));
    store.getState().scrubBy(-1);
    expect(store.getState().scrubStep).toBe(100);
    store.getState().scrubBy(-5);
    expect(store.getState().scrubStep).toBe(0);
    store.getState().scrubBy(2);
    expect(store.getState().scrubStep).toBe(200);
    store.getState().scrubBy(1);
    expect(store.getState().scrubStep).toBeNull();
  });
});
