import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/store/default-config.ts';
import { encodeUrlState, parseUrlState, syncUrl } from '../../src/store/url-state.ts';
import { storeWithPort } from './fake-port.ts';

describe('url state', () => {
  it('encodes the default run with short, readable keys', () => {
    expect(encodeUrlState({ config: DEFAULT_CONFIG, presetName: 'paper-fig1' })).toBe(
      '?preset=paper-fig1&ds=mnist&h=100,100,100&act=sigmoid&init=gauss:0.01&lr=1&mom=0&bs=60&seed=1&dseed=2' +
        '&steps=50000&pe=100&ps=1000&nets=plain,bn',
    );
  });

  it('the default run survives a round trip', () => {
    const state = { config: DEFAULT_CONFIG, presetName: 'paper-fig1' };
    expect(parseUrlState(encodeUrlState(state))).toEqual({ ...state, notice: null });
  });

  it('a changed run with per-side learning rates survives a round trip', () => {
    const { store } = storeWithPort();
    const s = store.getState();
    s.loadPreset('moons-quick');
    s.setLinked(false);
    s.setLearningRate(0.05, 0);
    s.setLearningRate(2.5, 1);
    s.toggleBn(0);
    s.setHidden([8, 16, 32]);
    s.setInit({ kind: 'xavier' });
    s.setSeeds({ initSeed: 4_000_000_000, dataSeed: 9 });
    s.setDataset('spiral');
    const { config, presetName } = store.getState();
    const url = encodeUrlState({ config, presetName });
    expect(url).toContain('nets=bn-1@0.05,bn-2@2.5');
    expect(url).toContain('dim=2');
    expect(parseUrlState(url)).toEqual({ config, presetName: 'moons-quick', notice: null });
  });

  it('a parsed link with per-side rates starts the store unlinked', () => {
    const parsed = parseUrlState('?nets=plain@0.1,bn@3');
    const { store } = storeWithPort(parsed);
    expect(store.getState().lrLinked).toBe(false);
    expect(store.getState().config.nets).toEqual([
      { name: 'plain', bn: false, lr: 0.1 },
      { name: 'bn', bn: true, lr: 3 },
    ]);
  });

  it('an empty link gives the defaults and no notice', () => {
    expect(parseUrlState('')).toEqual({ config: DEFAULT_CONFIG, presetName: 'paper-fig1', notice: null });
  });

  it('a partial link overrides its preset key by key', () => {
    const { config, notice } = parseUrlState('?preset=moons-quick&lr=0.2');
    expect(notice).toBeNull();
    expect(config).toMatchObject({ dataset: 'moons', lr: 0.2, hidden: [16, 16] });
  });

  it.each([
    ['?lr=abc', /lr=abc: not a number/],
    ['?h=0', /h=0: width of hidden layer 1 must be between 2 and 1024/],
    ['?ds=cifar', /ds=cifar: dataset must be one of/],
    ['?preset=nope', /preset=nope/],
    ['?nets=plain,plain', /nets=plain,plain: net names must differ/],
    ['?init=gauss:x', /init=gauss:x/],
  ])('a malformed link %s falls back to the defaults with a notice naming the field', (search, named) => {
    const parsed = parseUrlState(search);
    expect(parsed.config).toEqual(DEFAULT_CONFIG);
    expect(parsed.presetName).toBe('paper-fig1');
    expect(parsed.notice).toMatch(named);
  });

  it('syncUrl writes the link now and whenever the config changes, and nothing else', () => {
    const { store } = storeWithPort();
    const history = { state: null, replaceState: vi.fn() };
    const stop = syncUrl(store, history);
    expect(history.replaceState).toHaveBeenCalledTimes(1);
    store.getState().togglePresenter();
    expect(history.replaceState).toHaveBeenCalledTimes(1);
    store.getState().setBatchSize(30);
    expect(history.replaceState).toHaveBeenCalledTimes(2);
    expect(history.replaceState.mock.lastCall?.[2]).toContain('bs=30');
    stop();
    store.getState().setBatchSize(40);
    expect(history.replaceState).toHaveBeenCalledTimes(2);
  });
});
