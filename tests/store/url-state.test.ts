import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/store/default-config.ts';
import { encodeUrlState, parseUrlState } from '../../src/store/url-state.ts';
import type { ParsedUrlState } from '../../src/store/url-state.ts';
import { defaultView } from '../../src/store/ui-slice.ts';
import { storeWithPort } from './fake-port.ts';

/** A link without view or stop keys parses to the config's default view and no stop; the rest, to compare. */
function configPart(parsed: ParsedUrlState) {
  expect(parsed.view).toEqual(defaultView(parsed.config));
  expect(parsed.stop).toBeNull();
  const { config, presetName, notice } = parsed;
  return { config, presetName, notice };
}

describe('url state', () => {
  it('encodes the default run with short, readable keys', () => {
    expect(encodeUrlState({ config: DEFAULT_CONFIG, presetName: 'paper-fig1' })).toBe(
      '?scene=paper-fig1&ds=mnist&h=100,100,100&act=sigmoid&init=gauss:0.01&lr=1&mom=0&bs=60&seed=1&dseed=2' +
        '&steps=50000&pe=100&ps=1000&nets=none,bn',
    );
  });

  it('the default run survives a round trip', () => {
    const state = { config: DEFAULT_CONFIG, presetName: 'paper-fig1' };
    expect(configPart(parseUrlState(encodeUrlState(state)))).toEqual({ ...state, notice: null });
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
    expect(url).toContain('nets=bn@0.05,bn@2.5');
    expect(url).toContain('dim=2');
    expect(configPart(parseUrlState(url))).toEqual({ config, presetName: 'moons-quick', notice: null });
  });

  it.each([
    ['?scene=center-trap', 'center-trap', null],
    ['?preset=center-trap', 'center-trap', null],
    ['?scene=why-gamma-beta&preset=fig1', 'why-gamma-beta', /preset=fig1 \(scene= is given, so preset= is not used\)/],
    ['?scene=fig9', 'paper-fig1', /scene=fig9 \(no such scene\)/],
  ])('opens a scene from ?scene=NAME, or from ?preset=NAME as before: %s', (search, presetName, notice) => {
    const parsed = parseUrlState(search);
    expect(parsed.presetName).toBe(presetName);
    if (notice === null) expect(parsed.notice).toBeNull();
    else expect(parsed.notice).toMatch(notice);
    if (presetName === 'center-trap')
      expect(parsed.config.nets.map((n) => n.norm)).toEqual(['center-stopgrad', 'bn', 'none']);
  });

  it('reads nets by kind, with rates of their own, and names them after their kinds', () => {
    const { config, notice } = parseUrlState('?nets=none,bn@30,center-stopgrad,none');
    expect(notice).toBeNull();
    expect(config.nets).toEqual([
      { name: 'plain', norm: 'none' },
      { name: 'bn', norm: 'bn', lr: 30 },
      { name: 'center-stopgrad', norm: 'center-stopgrad' },
      { name: 'plain-2', norm: 'none' },
    ]);
    expect(encodeUrlState({ config, presetName: 'paper-fig1' })).toContain('nets=none,bn@30,center-stopgrad,none');
  });

  it.each([
    ['?nets=plain,bn@2', ['none', 'bn']],
    ['?nets=bn-1,bn-2', ['bn', 'bn']],
    ['?nets=plain-1@0.5,plain-2', ['none', 'none']],
  ])('still reads a version-1 link that named its nets, %s', (search, kinds) => {
    const { config, notice } = parseUrlState(search);
    expect(notice).toBeNull();
    expect(config.nets.map((n) => n.norm)).toEqual(kinds);
  });

  it('a parsed link with per-side rates starts the store unlinked', () => {
    const parsed = parseUrlState('?nets=plain@0.1,bn@3');
    const { store } = storeWithPort(parsed);
    expect(store.getState().lrLinked).toBe(false);
    expect(store.getState().config.nets).toEqual([
      { name: 'plain', norm: 'none', lr: 0.1 },
      { name: 'bn', norm: 'bn', lr: 3 },
    ]);
  });

  it('an empty link gives the defaults and no notice', () => {
    expect(configPart(parseUrlState(''))).toEqual({ config: DEFAULT_CONFIG, presetName: 'paper-fig1', notice: null });
  });

  it('a partial link overrides its preset key by key', () => {
    const { config, notice } = parseUrlState('?preset=moons-quick&lr=0.2');
    expect(notice).toBeNull();
    expect(config).toMatchObject({ dataset: 'moons', lr: 0.2, hidden: [16, 16] });
  });

  it.each([
    ['?lr=abc', 'lr=abc (not a number)'],
    ['?lr=', 'lr= (not a number)'],
    ['?h=0', 'h=0 (width of hidden layer 1 must be between 2 and 1024, got 0)'],
    ['?h=100,,100', 'h=100,,100 (not a number)'],
    ['?ds=cifar', 'ds=cifar (dataset must be one of mnist, moons, spiral, blobs, got cifar)'],
    [
      '?nets=plain,layer-norm',
      'nets=plain,layer-norm (a net is one of none, bn, bn-fixed, center-stopgrad, noisy-bn, optionally @lr, got layer-norm)',
    ],
    ['?init=gauss:x', 'init=gauss:x (init σ must be a number, got NaN)'],
    ['?bs=1e400', 'bs=1e400 (batch must be a number, got Infinity)'],
    ['?preset=nope', 'preset=nope (no such preset)'],
    ['?m=shift,curvature', 'm=shift,curvature (a measurement is one of shift, ics, landscape, got curvature)'],
    ['?m=shift,', 'm=shift, (a measurement is one of shift, ics, landscape, got )'],
    ['?m=Shift', 'm=Shift (a measurement is one of shift, ics, landscape, got Shift)'],
  ])('a link with one bad field, %s, keeps the defaults and names the field', (search, named) => {
    expect(configPart(parseUrlState(search))).toEqual({
      config: DEFAULT_CONFIG,
      presetName: 'paper-fig1',
      notice: `This link had fields that could not be used: ${named}; using the defaults for those.`,
    });
  });

  it('skips just the bad fields of a link, keeps the good ones and names every bad one', () => {
    const { config, notice } = parseUrlState('?h=abc&lr=-1&bs=30&mom=0.9');
    expect(config).toEqual({ ...DEFAULT_CONFIG, batchSize: 30, momentum: 0.9 });
    expect(notice).toBe(
      'This link had fields that could not be used: h=abc (not a number), ' +
        'lr=-1 (lr must be between 0.000001 and 1000, got -1); using the defaults for those.',
    );
  });

  it('applies the rest of a link over the default preset when its preset is unknown', () => {
    const parsed = parseUrlState('?preset=nope&lr=0.2');
    expect(parsed.presetName).toBe('paper-fig1');
    expect(parsed.config).toEqual({ ...DEFAULT_CONFIG, lr: 0.2 });
    expect(parsed.notice).toMatch(/: preset=nope \(no such preset\);/);
  });

  it('uses the first value of a repeated key and names the others', () => {
    const { config, notice } = parseUrlState('?lr=0.2&lr=3&lr=0.2');
    expect(config.lr).toBe(0.2);
    expect(notice).toBe(
      'This link had fields that could not be used: lr=3 (lr is repeated; the first one is used), ' +
        'lr=0.2 (lr is repeated; the first one is used); using the defaults for those.',
    );
  });

  it('skips dim on MNIST, where it does not fit the data set, and keeps it on a synthetic set', () => {
    expect(parseUrlState('?dim=5')).toMatchObject({
      config: DEFAULT_CONFIG,
      notice: expect.stringContaining('dim=5 (MNIST is always 784-D, so dim does not apply, got 5)'),
    });
    expect(parseUrlState('?ds=mnist&dim=784')).toMatchObject({ config: DEFAULT_CONFIG, notice: null });
    expect(parseUrlState('?ds=spiral&dim=5')).toMatchObject({
      config: { dataset: 'spiral', inputDim: 5 },
      notice: null,
    });
  });

  it('skips a field that is fine alone but not with the fields before it, and says so', () => {
    const wide = [1024, 1024, 1024, 1024, 1024, 1024];
    // six 1024-wide layers fit at the page's 1,000 probe images (about 473 MB), not at all 2,000 (about 823 MB)
    const { config, notice } = parseUrlState(`?ps=0&h=${wide.join(',')}`);
    expect(config).toEqual({ ...DEFAULT_CONFIG, hidden: wide });
    expect(notice).toMatch(
      /^This link had fields that could not be used: ps=0 \(fine alone, but not with the fields before it: this network needs about \d+ MB of memory/,
    );
    expect(parseUrlState('?preset=moons-quick&ds=mnist&dim=5').notice).toContain(
      'dim=5 (fine alone, but not with the fields before it: MNIST is always 784-D, so dim does not apply, got 5)',
    );
  });

  it('starts a synthetic set named without dim in 2-D, as choosing it in the page does', () => {
    expect(parseUrlState('?ds=moons').config).toMatchObject({ dataset: 'moons', inputDim: 2 });
  });

  it('ignores keys it does not know', () => {
    expect(configPart(parseUrlState('?utm_source=mail&LR=5&lr=0.3'))).toEqual({
      config: { ...DEFAULT_CONFIG, lr: 0.3 },
      presetName: 'paper-fig1',
      notice: null,
    });
  });

  it('writes events as layerxfactor@step only when there are some, and reads them back', () => {
    const events = [
      { step: 1200, type: 'scale', layer: 3, factor: 0.5 },
      { step: 3000, type: 'scale', layer: 1, factor: 2 },
    ] as const;
    const url = encodeUrlState({ config: { ...DEFAULT_CONFIG, events }, presetName: 'paper-fig1' });
    expect(url).toMatch(/&nets=none,bn&ev=3x0\.5@1200,1x2@3000$/);
    expect(configPart(parseUrlState(url))).toEqual({
      config: { ...DEFAULT_CONFIG, events },
      presetName: 'paper-fig1',
      notice: null,
    });
    expect(encodeUrlState({ config: DEFAULT_CONFIG, presetName: 'paper-fig1' })).not.toContain('ev=');
  });

  it('writes lr events as lrRATE@step or net:lrRATE@step between the scales, and reads them back', () => {
    const events = [
      { step: 1200, type: 'scale', layer: 3, factor: 0.5 },
      { step: 2000, type: 'lr', lr: 0.1 },
      { step: 3000, type: 'lr', lr: 5, net: 'bn' },
    ] as const;
    const url = encodeUrlState({ config: { ...DEFAULT_CONFIG, events }, presetName: 'paper-fig1' });
    expect(url).toMatch(/&ev=3x0\.5@1200,lr0\.1@2000,bn:lr5@3000$/);
    expect(parseUrlState(url).config).toEqual({ ...DEFAULT_CONFIG, events });
  });

  it('skips an lr event for a net the link does not have, naming it', () => {
    const { config, notice } = parseUrlState('?scene=paper-fig1&ev=noisy-bn:lr5@3000');
    expect(config.events).toBeUndefined();
    expect(notice).toMatch(/ev=noisy-bn:lr5@3000 \(event 1 changes the lr of noisy-bn, which is not one of the nets\)/);
  });

  it('keeps a factor off the six-per-decade grid to the last digit', () => {
    const factor = 10 ** (-1 / 6);
    const url = encodeUrlState({
      config: { ...DEFAULT_CONFIG, events: [{ step: 0, type: 'scale', layer: 2, factor }] },
      presetName: 'paper-fig1',
    });
    expect(url).toContain('ev=2x0.6812920690579612@0');
    expect(parseUrlState(url).config.events).toEqual([{ step: 0, type: 'scale', layer: 2, factor }]);
  });

  it.each([
    ['?ev=', 'ev= (an event is layerxfactor@step or [net:]lrRATE@step, as 3x0.5@1200 or bn:lr5@3000, got )'],
    [
      '?ev=3x0.5',
      'ev=3x0.5 (an event is layerxfactor@step or [net:]lrRATE@step, as 3x0.5@1200 or bn:lr5@3000, got 3x0.5)',
    ],
    [
      '?ev=3x0.5@1200,',
      'ev=3x0.5@1200, (an event is layerxfactor@step or [net:]lrRATE@step, as 3x0.5@1200 or bn:lr5@3000, got )',
    ],
    [
      '?ev=3x0.5@1e3',
      'ev=3x0.5@1e3 (an event is layerxfactor@step or [net:]lrRATE@step, as 3x0.5@1200 or bn:lr5@3000, got 3x0.5@1e3)',
    ],
    [
      '?ev=03x0.5@12',
      'ev=03x0.5@12 (an event is layerxfactor@step or [net:]lrRATE@step, as 3x0.5@1200 or bn:lr5@3000, got 03x0.5@12)',
    ],
    [
      '?ev=3x0x5@12',
      'ev=3x0x5@12 (an event is layerxfactor@step or [net:]lrRATE@step, as 3x0.5@1200 or bn:lr5@3000, got 3x0x5@12)',
    ],
    ['?ev=3xabc@12', 'ev=3xabc@12 (not a number)'],
    ['?ev=4x2@10', 'ev=4x2@10 (the layer of event 1 must be between 1 and 3, got 4)'],
    ['?ev=1x20@10', 'ev=1x20@10 (the factor of event 1 must be between 0.1 and 10, got 20)'],
    ['?ev=1x2@10,1x2@5', 'ev=1x2@10,1x2@5 (events must be in step order, but event 2 at step 5 follows step 10)'],
  ])('skips a malformed or out-of-range ev, %s, and names it', (search, named) => {
    expect(configPart(parseUrlState(search))).toEqual({
      config: DEFAULT_CONFIG,
      presetName: 'paper-fig1',
      notice: `This link had fields that could not be used: ${named}; using the defaults for those.`,
    });
  });

  it('checks an event against the depth the link itself sets', () => {
    expect(parseUrlState('?h=100,100,100,100&ev=4x2@10').config.events).toEqual([
      { step: 10, type: 'scale', layer: 4, factor: 2 },
    ]);
    expect(parseUrlState('?h=100&ev=2x2@10').notice).toContain(
      'ev=2x2@10 (fine alone, but not with the fields before it: the layer of event 1 must be between 1 and 1, got 2)',
    );
  });

  it('writes the measurements that are on as m=, in a fixed order, only when some are, and reads them back', () => {
    const measure = { shift: true, ics: false, landscape: true };
    const url = encodeUrlState({ config: { ...DEFAULT_CONFIG, measure }, presetName: 'paper-fig1' });
    expect(url).toMatch(/&nets=none,bn&m=shift,landscape$/);
    expect(configPart(parseUrlState(url))).toEqual({
      config: { ...DEFAULT_CONFIG, measure },
      presetName: 'paper-fig1',
      notice: null,
    });
    expect(parseUrlState('?m=landscape,ics,shift').config.measure).toEqual({ shift: true, ics: true, landscape: true });
    expect(encodeUrlState({ config: DEFAULT_CONFIG, presetName: 'paper-fig1' })).not.toContain('&m=');
  });

  it('reads m= with nothing on as every measurement off', () => {
    expect(parseUrlState('?scene=moons-quick&m=')).toEqual({ ...parseUrlState('?scene=moons-quick'), notice: null });
  });

  it('reads a noisy-bn net in nets=, named after its kind', () => {
    expect(parseUrlState('?nets=none,noisy-bn@2').config.nets).toEqual([
      { name: 'plain', norm: 'none' },
      { name: 'noisy-bn', norm: 'noisy-bn', lr: 2 },
    ]);
  });
});
