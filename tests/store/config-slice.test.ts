import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/lab/presets.ts';
import { DEFAULT_CONFIG, DEFAULT_SPEED } from '../../src/store/default-config.ts';
import { readyMsg, storeWithPort } from './fake-port.ts';

describe('config slice', () => {
  it('starts from paper-fig1 with browser-sized probes, plain on the left and BN on the right', () => {
    const { store, port } = storeWithPort();
    const s = store.getState();
    expect(s.config).toEqual({ ...PRESETS['paper-fig1'], probeEvery: 100, probeSize: 1000 });
    expect(s.config.nets.map((n) => [n.name, n.norm === 'bn'])).toEqual([
      ['plain', false],
      ['bn', true],
    ]);
    expect(s).toMatchObject({ presetName: 'paper-fig1', lrLinked: true, speed: DEFAULT_SPEED, resetPending: false });
    expect(port.sent).toEqual([]);
  });

  it('a linked learning rate sets config.lr, clears per-net rates and is sent live', () => {
    const { store, port } = storeWithPort();
    store.getState().setLearningRate(0.5, 1);
    const { config, resetPending } = store.getState();
    expect(config.lr).toBe(0.5);
    expect(config.nets.every((n) => n.lr === undefined)).toBe(true);
    expect(resetPending).toBe(false);
    expect(port.sent).toEqual([{ type: 'set-config', config }]);
  });

  it('an unlinked learning rate changes only its own side', () => {
    const { store, port } = storeWithPort();
    store.getState().setLinked(false);
    expect(port.sent).toEqual([]);
    store.getState().setLearningRate(2, 1);
    const { config } = store.getState();
    expect(config.lr).toBe(1);
    expect(config.nets).toEqual([
      { name: 'plain', norm: 'none' },
      { name: 'bn', norm: 'bn', lr: 2 },
    ]);
    expect(port.sent).toEqual([{ type: 'set-config', config }]);
    expect(store.getState().resetPending).toBe(false);
  });

  it('linking again gives every side the left side’s rate', () => {
    const { store } = storeWithPort();
    store.getState().setLinked(false);
    store.getState().setLearningRate(0.1, 0);
    store.getState().setLearningRate(2, 1);
    store.getState().setLinked(true);
    const { config, lrLinked } = store.getState();
    expect(lrLinked).toBe(true);
    expect(config.lr).toBe(0.1);
    expect(config.nets).toEqual([
      { name: 'plain', norm: 'none' },
      { name: 'bn', norm: 'bn' },
    ]);
  });

  it('toggling BN on a side marks a reset pending and sends set-config with the new nets', () => {
    const { store, port } = storeWithPort();
    store.getState().toggleBn(0);
    const { config, resetPending } = store.getState();
    expect(config.nets).toEqual([
      { name: 'bn', norm: 'bn' },
      { name: 'bn-2', norm: 'bn' },
    ]);
    expect(resetPending).toBe(true);
    expect(port.sent).toEqual([{ type: 'set-config', config }]);
  });

  it('the ready that answers a structural change clears the pending reset', () => {
    const { store } = storeWithPort();
    store.getState().toggleBn(1);
    store.getState().setLearningRate(0.3);
    store.getState().receive(readyMsg({ ...store.getState().config, lr: 1 }));
    expect(store.getState().resetPending).toBe(false);
  });

  it('a ready for an older structure leaves the newer reset pending', () => {
    const { store } = storeWithPort();
    store.getState().setHidden([50, 50]);
    const older = store.getState().config;
    store.getState().setBatchSize(100);
    store.getState().receive(readyMsg(older));
    expect(store.getState().resetPending).toBe(true);
    store.getState().receive(readyMsg(store.getState().config));
    expect(store.getState().resetPending).toBe(false);
  });

  it('architecture, dataset, init, seeds and batch size are structural; probe interval and run length are live', () => {
    const { store, port } = storeWithPort();
    const s = store.getState();
    s.setHidden([20, 30]);
    s.setActivation('tanh');
    s.setInit({ kind: 'xavier' });
    s.setBatchSize(32);
    s.setDataset('moons');
    s.setSeeds({ initSeed: 7 });
    const { config } = store.getState();
    expect(config).toMatchObject({ hidden: [20, 30], activation: 'tanh', init: { kind: 'xavier' }, batchSize: 32 });
    expect(config).toMatchObject({ dataset: 'moons', inputDim: 2, initSeed: 7, dataSeed: 2 });
    expect(port.sent.map((m) => m.type)).toEqual(Array(6).fill('set-config'));
    expect(store.getState().resetPending).toBe(true);

    const live = storeWithPort();
    live.store.getState().setProbeEvery(50);
    live.store.getState().setSteps(1000);
    expect(live.port.sent.at(-1)).toEqual({
      type: 'set-config',
      config: { ...DEFAULT_CONFIG, probeEvery: 50, steps: 1000 },
    });
    expect(live.store.getState().resetPending).toBe(false);
  });

  it('an invalid edit is not applied or sent, and says why', () => {
    const { store, port } = storeWithPort();
    store.getState().setHidden([0]);
    expect(store.getState().config).toEqual(DEFAULT_CONFIG);
    expect(port.sent).toEqual([]);
    expect(store.getState().notice).toMatch(/width of hidden layer 1/);
  });

  it('an edit that changes nothing sends nothing', () => {
    const { store, port } = storeWithPort();
    store.getState().setBatchSize(60);
    store.getState().loadPreset('paper-fig1');
    expect(port.sent).toEqual([]);
  });

  it('speed is clamped to whole steps and sent as set-speed', () => {
    const { store, port } = storeWithPort();
    store.getState().setSpeed(2.6);
    store.getState().setSpeed(0);
    store.getState().setSpeed(5000);
    expect(port.sent).toEqual([
      { type: 'set-speed', stepsPerTick: 3 },
      { type: 'set-speed', stepsPerTick: 1 },
      { type: 'set-speed', stepsPerTick: 1000 },
    ]);
    expect(store.getState().speed).toBe(1000);
  });

  it('loading a preset replaces the config, names it and relinks the rates', () => {
    const { store, port } = storeWithPort();
    store.getState().setLinked(false);
    store.getState().setLearningRate(3, 0);
    store.getState().loadPreset('moons-quick');
    const s = store.getState();
    expect(s.presetName).toBe('moons-quick');
    expect(s.config).toEqual(PRESETS['moons-quick']);
    expect(s.lrLinked).toBe(true);
    expect(s.resetPending).toBe(true);
    expect(port.sent.at(-1)).toEqual({ type: 'set-config', config: s.config });
  });

  it('an unknown preset leaves the config alone and gives a notice', () => {
    const { store, port } = storeWithPort();
    store.getState().loadPreset('nope');
    expect(store.getState().presetName).toBe('paper-fig1');
    expect(store.getState().notice).toMatch(/nope/);
    expect(port.sent).toEqual([]);
  });

  it('fewer hidden layers pull the selected layer and unit back into range', () => {
    const { store } = storeWithPort();
    store.getState().selectUnit(99);
    expect(store.getState()).toMatchObject({ selectedLayer: 2, selectedUnit: 99 });
    store.getState().setHidden([10]);
    expect(store.getState()).toMatchObject({ selectedLayer: 0, selectedUnit: 9 });
  });
});

describe('the list of nets', () => {
  const kindsAndNames = (nets: readonly { name: string; norm: string }[]) => nets.map((n) => `${n.name}:${n.norm}`);

  it('adds nets on the right up to four, named after their kinds, and rebuilds', () => {
    const { store, port } = storeWithPort();
    expect(store.getState().addNet('center-stopgrad')).toBe(true);
    expect(store.getState().addNet('none')).toBe(true);
    expect(kindsAndNames(store.getState().config.nets)).toEqual([
      'plain:none',
      'bn:bn',
      'center-stopgrad:center-stopgrad',
      'plain-2:none',
    ]);
    expect(store.getState().resetPending).toBe(true);
    expect(store.getState().addNet('bn')).toBe(true);
    expect(store.getState().config.nets).toHaveLength(4);
    expect(port.sent).toHaveLength(2);
  });

  it('removes a net and renames the rest; the last net stays', () => {
    const { store } = storeWithPort();
    store.getState().addNet('none');
    store.getState().removeNet(0);
    expect(kindsAndNames(store.getState().config.nets)).toEqual(['bn:bn', 'plain:none']);
    store.getState().removeNet(0);
    store.getState().removeNet(0);
    expect(kindsAndNames(store.getState().config.nets)).toEqual(['plain:none']);
  });

  it('changes a net’s kind and keeps its own learning rate', () => {
    const { store } = storeWithPort();
    store.getState().setLinked(false);
    store.getState().setLearningRate(5, 1);
    store.getState().setNetKind(1, 'bn-fixed');
    expect(store.getState().config.nets[1]).toEqual({ name: 'bn-fixed', norm: 'bn-fixed', lr: 5 });
    store.getState().toggleBn(1);
    expect(store.getState().config.nets[1]).toEqual({ name: 'bn', norm: 'bn', lr: 5 });
    store.getState().toggleBn(1);
    expect(store.getState().config.nets[1]).toEqual({ name: 'plain-2', norm: 'none', lr: 5 });
  });
});
