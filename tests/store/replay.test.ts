import { describe, expect, it } from 'vitest';
import type { RunStatus } from '../../src/protocol/messages.ts';
import { probesMsg, readyMsg, status, storeWithPort } from './fake-port.ts';

/** A store opened from a link that stops at step 2,000 with the timeline at 1,200, its nets built. */
function opened() {
  const lab = storeWithPort({ stop: { step: 2000, scrub: 1200 } });
  lab.store.getState().receive(readyMsg(lab.store.getState().config));
  return lab;
}

const at = (step: number, running: boolean): RunStatus => status(step, running);

describe('a link’s replay in the store', () => {
  it('runs until the worker pauses at the link’s step, then shows the link’s probe on the timeline', () => {
    const { store } = opened();
    expect(store.getState().replay).toEqual({ step: 2000, scrub: 1200, reached: false });
    const steps = Array.from({ length: 21 }, (_, i) => i * 100);
    store.getState().receive(probesMsg({ plain: steps, bn: steps }, 1900));
    store.getState().receive({ type: 'status', status: at(1950, true) });
    expect(store.getState()).toMatchObject({ scrubStep: null, replay: { reached: false } });
    store.getState().receive({ type: 'status', status: at(2000, false) });
    expect(store.getState()).toMatchObject({ scrubStep: 1200, replay: { step: 2000, reached: true } });
    // the user scrubs on: the link does not pull the timeline back
    store.getState().setScrubStep(300);
    store.getState().receive({ type: 'status', status: at(2000, false) });
    expect(store.getState().scrubStep).toBe(300);
  });

  it('ends when the run finishes first', () => {
    const { store } = opened();
    store.getState().receive({ type: 'status', status: { ...at(1500, false), finished: true } });
    expect(store.getState().replay?.reached).toBe(true);
  });

  it.each([
    ['Pause', (s: ReturnType<typeof opened>['store']) => s.getState().pause()],
    ['Step', (s: ReturnType<typeof opened>['store']) => s.getState().step()],
    ['Reset', (s: ReturnType<typeof opened>['store']) => s.getState().reset()],
    ['a new scene', (s: ReturnType<typeof opened>['store']) => s.getState().loadPreset('moons-quick')],
  ])('ends at %s: the user takes over, and a later pause does not jump the timeline', (_, act) => {
    const { store } = opened();
    act(store);
    expect(store.getState().replay).toBeNull();
    store.getState().receive({ type: 'status', status: at(2000, false) });
    expect(store.getState().scrubStep).toBeNull();
  });

  it('turns a live change during the replay into Play, so the run does not stop at the link’s step', () => {
    const { store, port } = opened();
    store.getState().setLearningRate(0.3);
    expect(port.sent.map((m) => m.type)).toEqual(['set-config', 'play']);
    expect(store.getState().replay).toBeNull();
  });

  it('sends nothing more for a change that rebuilds the nets, nor for one after the replay has paused', () => {
    const rebuilt = opened();
    rebuilt.store.getState().setBatchSize(30);
    expect(rebuilt.port.sent.map((m) => m.type)).toEqual(['set-config']);
    const after = opened();
    after.store.getState().receive({ type: 'status', status: at(2000, false) });
    after.store.getState().setLearningRate(0.3);
    expect(after.port.sent.map((m) => m.type)).toEqual(['set-config']);
    expect(after.store.getState().replay).toBeNull();
  });

  it('has nothing to replay for a link without a stop', () => {
    expect(storeWithPort().store.getState().replay).toBeNull();
  });
});
