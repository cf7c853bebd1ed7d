import { describe, expect, it, vi } from 'vitest';
import type { RunConfig } from '../../src/protocol/config.ts';
import type { FromWorker, RunStatus } from '../../src/protocol/messages.ts';
import { replayConfig } from '../../src/protocol/replay-config.ts';
import { syncUrl } from '../../src/store/address-bar.ts';
import { labWith, runStatus } from '../panels/lab-fixture.tsx';
import { STRIP } from './fake-port.ts';
import { RECORDED_CONFIG, recordingOf } from './recording-fixture.ts';

/** The live run's fields a recording must leave alone. */
function liveOf(lab: ReturnType<typeof labWith>) {
  const { config, probes, status, strip, presetName } = lab.store.getState();
  return { config, probes, status, strip, presetName };
}

function statusAt(step: number, running: boolean, finished = false): RunStatus {
  return { ...runStatus(step, [], running), finished };
}

describe('a recording on screen', () => {
  it('takes the run’s fields, so every chart reads it, while the live run waits untouched and paused', () => {
    const lab = labWith();
    const live = liveOf(lab);
    const history = recordingOf();
    lab.store.getState().openRecording(history, { name: 'run.json' });
    const state = lab.store.getState();
    expect(state.config).toBe(history.config);
    expect(state.probes.bn).toBe(history.nets.bn.probes);
    expect(state.status).toMatchObject({ step: 1000, running: false, finished: false });
    expect(state.status.nets.map((n) => [n.name, n.lrChanges])).toEqual([
      ['plain', [[0, 1]]],
      ['bn', [[0, 1]]],
    ]);
    expect(state.recording?.live).toMatchObject(live);
    expect(lab.port.sent).toEqual([{ type: 'pause' }, { type: 'strip', config: history.config }]);
  });

  it('sends the worker’s messages to the live run, and takes the strip it asked for', () => {
    const lab = labWith();
    const history = recordingOf();
    lab.store.getState().openRecording(history, { name: 'run.json' });
    const more: FromWorker = { type: 'status', status: statusAt(301, false) };
    lab.store.getState().receive(more);
    lab.store.getState().receive({ type: 'strip', config: { ...history.config, dataSeed: 9 }, strip: STRIP });
    expect(lab.store.getState().strip).toBeNull();
    lab.store.getState().receive({ type: 'strip', config: history.config, strip: STRIP });
    const state = lab.store.getState();
    expect(state.strip).toBe(STRIP);
    expect(state.status.step).toBe(1000);
    expect(state.recording?.live.status.step).toBe(301);
  });

  it('Back to my run shows the live run as it was left', () => {
    const lab = labWith();
    const live = liveOf(lab);
    lab.store.getState().openRecording(recordingOf(), { name: 'run.json' });
    lab.store.getState().openRecording(recordingOf(RECORDED_CONFIG, [0, 500]), { name: 'other.json' });
    lab.store.getState().leaveRecording();
    expect(liveOf(lab)).toEqual(live);
    expect(lab.store.getState().recording).toBeNull();
  });

  it('refuses to train or change the run, and says why', () => {
    const lab = labWith();
    lab.store.getState().openRecording(recordingOf(), { name: 'run.json' });
    lab.port.sent.length = 0;
    const s = lab.store.getState();
    s.play();
    s.step(5);
    s.reset();
    expect(s.setLearningRate(0.1)).toBe(false);
    expect(s.toggleBn(1)).toBe(false);
    s.measure({ kind: 'scale', layer: 1 });
    expect(lab.port.sent).toEqual([]);
    expect(lab.store.getState().notice).toMatch(/recording is on screen: press Continue training/);
    expect(lab.store.getState().config).toBe(RECORDED_CONFIG);
  });

  it('leaves for the live run when a scene is picked', () => {
    const lab = labWith();
    lab.store.getState().openRecording(recordingOf(), { name: 'run.json' });
    lab.store.getState().loadPreset('saturation');
    expect(lab.store.getState().recording).toBeNull();
    expect(lab.store.getState().presetName).toBe('saturation');
  });
});

describe('Continue training', () => {
  const changes = (net: string): [number, number][] =>
    net === 'bn'
      ? [
          [0, 1],
          [500, 0.3],
        ]
      : [[0, 1]];

  /** The worker rebuilt with the config, then at `step` with running as given. */
  function worker(config: RunConfig, step: number, running: boolean, finished = false): FromWorker[] {
    return [
      { type: 'ready', config, strip: STRIP, status: statusAt(0, false), backend: 'wasm' },
      { type: 'status', status: statusAt(step, running, finished) },
    ];
  }

  it('replays the recorded config and rate changes at full speed to its last step, then trains on live', () => {
    const lab = labWith();
    const history = recordingOf(RECORDED_CONFIG, [0, 500, 1000], changes);
    lab.store.getState().openRecording(history, { name: 'run.json' });
    lab.port.sent.length = 0;
    lab.store.getState().continueRecording();
    const config = replayConfig(history.config, { plain: changes('plain'), bn: changes('bn') }, 1000);
    expect(config.events).toEqual([{ step: 500, type: 'lr', lr: 0.3, net: 'bn' }]);
    expect(lab.port.sent).toEqual([
      { type: 'reset', config },
      { type: 'play-until', step: 1000 },
    ]);
    // the old run's last word, before the rebuild, does not end the replay
    lab.store.getState().receive({ type: 'status', status: statusAt(1000, false) });
    expect(lab.store.getState().recording?.replay).toEqual({ to: 1000, started: false });
    const [ready, halfway] = worker(config, 600, true);
    lab.store.getState().receive(ready);
    lab.store.getState().receive(halfway);
    expect(lab.store.getState().recording?.replay).toEqual({ to: 1000, started: true });
    expect(lab.store.getState().recording?.live.status.step).toBe(600);
    // the recording stays on screen while it replays
    expect(lab.store.getState().probes.bn).toBe(history.nets.bn.probes);
    lab.port.sent.length = 0;
    lab.store.getState().setSpeed(40);
    lab.port.sent.length = 0;
    lab.store.getState().receive({ type: 'status', status: statusAt(1000, false) });
    const state = lab.store.getState();
    expect(state.recording).toBeNull();
    expect(state.config).toEqual(config);
    // the replay went at full speed whatever the speed; training on goes at the user's (set-speed 40, sent)
    expect(lab.port.sent).toEqual([{ type: 'play' }]);
  });

  it('stops at the end of a recording that reached its last step, and says so', () => {
    const lab = labWith();
    const history = recordingOf({ ...RECORDED_CONFIG, steps: 1000 });
    lab.store.getState().openRecording(history, { name: 'run.json' });
    lab.store.getState().continueRecording();
    lab.port.sent.length = 0;
    for (const msg of worker(history.config, 1000, false, true)) lab.store.getState().receive(msg);
    expect(lab.store.getState().recording).toBeNull();
    expect(lab.port.sent).toEqual([]);
    expect(lab.store.getState().notice).toMatch(/reached the end of its run \(step 1,000\), so training stops there/);
  });
});

describe('the address of a page showing a recording', () => {
  it('keeps the live run’s link, with run= while a recording fetched from the site is shown', () => {
    const lab = labWith();
    const history = { state: null, replaceState: vi.fn() };
    syncUrl(lab.store, history);
    const live = history.replaceState.mock.lastCall?.[2] as string;
    lab.store.getState().openRecording(recordingOf(), { name: 'x.json.gz', url: 'runs/x.json.gz' });
    // the live run's setup, the view on screen (its layer clamped to the recording's), and the recording
    const shown = history.replaceState.mock.lastCall?.[2] as string;
    expect(shown.startsWith(live)).toBe(true);
    expect(shown.endsWith('&run=runs/x.json.gz')).toBe(true);
    lab.store.getState().leaveRecording();
    const back = history.replaceState.mock.lastCall?.[2] as string;
    expect(back.startsWith(live)).toBe(true);
    expect(back).not.toContain('run=');
  });
});
