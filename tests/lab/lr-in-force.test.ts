import { describe, expect, it } from 'vitest';
import type { RunConfig } from '../../src/protocol/config.ts';
import type { ToWorker } from '../../src/protocol/messages.ts';
import { selectSharedLr, selectSideLr } from '../../src/store/selectors.ts';
import { readyMsg, storeWithPort } from '../store/fake-port.ts';
import { configFrom, runOf } from './run-helpers.ts';

/** moons-quick at lr 0.5, with a schedule: every net to 0.2 after 20 updates, bn alone to 2 after 30. */
const scheduled: RunConfig = configFrom('moons-quick', {
  steps: 60,
  probeEvery: 10,
  events: [
    { step: 20, type: 'lr', lr: 0.2 },
    { step: 30, type: 'lr', lr: 2, net: 'bn' },
  ],
});

/** A store on `scheduled` whose status is a real run's after `steps` updates, and that run. */
function storeAfter(steps: number) {
  const run = runOf(scheduled);
  while (run.step < steps) run.advance();
  const { store, port } = storeWithPort({ config: scheduled, presetName: 'moons-quick' });
  store.getState().receive(readyMsg(scheduled));
  store.getState().receive({
    type: 'status',
    status: { step: run.step, running: false, finished: false, stepsPerSecond: 0, nets: run.status() },
  });
  port.sent.length = 0;
  return { store, port, run };
}

const configsSent = (sent: readonly ToWorker[]) => sent.flatMap((m) => (m.type === 'set-config' ? [m.config] : []));

describe('the learning rate shown is the one in force', () => {
  it('shows the config’s rate until a schedule’s event changes it, then the event’s, per net', () => {
    expect(selectSharedLr(storeAfter(10).store.getState())).toBe(0.5);
    const after25 = storeAfter(25).store.getState();
    expect([selectSideLr(after25, 0), selectSideLr(after25, 1)]).toEqual([0.2, 0.2]);
    const after35 = storeAfter(35).store.getState();
    expect([selectSideLr(after35, 0), selectSideLr(after35, 1)]).toEqual([0.2, 2]);
  });

  it('going back to the config’s own rate after an event reaches the nets (the worker sees a change)', () => {
    const { store, port, run } = storeAfter(25);
    store.getState().setLearningRate(0.5);
    const sent = configsSent(port.sent);
    expect(sent.at(-1)?.lr).toBe(0.5);
    for (const config of sent) run.reconfigure(config);
    expect(run.nets.map((n) => n.lr)).toEqual([0.5, 0.5]);
  });

  it('any other rate is one change, as before', () => {
    const { store, port, run } = storeAfter(25);
    store.getState().setLearningRate(0.3);
    expect(configsSent(port.sent).map((c) => c.lr)).toEqual([0.3]);
    run.reconfigure(configsSent(port.sent)[0]);
    expect(run.nets.map((n) => n.lr)).toEqual([0.3, 0.3]);
  });
});
