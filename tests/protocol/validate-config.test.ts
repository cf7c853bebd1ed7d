import { describe, expect, it } from 'vitest';
import { BASE } from './base-config.ts';
import type { MeasureFlags, NetSpec, RunConfig, RunEvent } from '../../src/protocol/config.ts';
import { ConfigError, validateConfig } from '../../src/protocol/validate-config.ts';

const net = (name: string, lr?: number): NetSpec =>
  lr === undefined ? { name, norm: 'none' } : { name, norm: 'none', lr };
const scale = (step: number, layer: number, factor: number): RunEvent => ({ step, type: 'scale', layer, factor });

/** Each limit at both bounds, which pass. */
const AT_THE_BOUNDS: [string, Partial<RunConfig>][] = [
  ['depth 1', { hidden: [16] }],
  ['depth 6', { hidden: [2, 2, 2, 2, 2, 2] }],
  ['width 2', { hidden: [2, 2] }],
  ['width 1024', { hidden: [1024] }],
  ['batch 2', { batchSize: 2 }],
  ['batch 2000', { batchSize: 2000 }],
  ['lr 1e-6', { lr: 1e-6 }],
  ['lr 1000', { lr: 1000 }],
  ['momentum 0', { momentum: 0 }],
  ['momentum 0.999', { momentum: 0.999 }],
  ['inputDim 2', { inputDim: 2 }],
  ['inputDim 1024', { inputDim: 1024 }],
  ['steps 1', { steps: 1 }],
  ['steps 10,000,000', { steps: 10_000_000 }],
  ['probe every 1', { probeEvery: 1 }],
  ['probe every 1,000,000', { probeEvery: 1_000_000 }],
  ['probe size 0', { probeSize: 0 }],
  ['probe size 100,000', { probeSize: 100_000 }],
  ['seed 0', { initSeed: 0 }],
  ['seed 2³² − 1', { initSeed: 4_294_967_295 }],
  ['data seed 0', { dataSeed: 0 }],
  ['data seed 2³² − 1', { dataSeed: 4_294_967_295 }],
  ['init σ 1e-6', { init: { kind: 'gauss', sigma: 1e-6 } }],
  ['init σ 100', { init: { kind: 'gauss', sigma: 100 } }],
  ['init torchdefault', { init: { kind: 'torchdefault' } }],
  ['init xavier', { init: { kind: 'xavier' } }],
  ['1 net', { nets: [net('a')] }],
  ['4 nets', { nets: [net('a'), net('b'), net('c'), net('d')] }],
  ['a 16-letter net name', { nets: [net('a23456789-abcdef')] }],
  ['a net lr of 1e-6', { nets: [net('a', 1e-6)] }],
  ['a net lr of 1000', { nets: [net('a', 1000)] }],
  ['an event at step 0 on layer 1', { events: [scale(0, 1, 2)] }],
  ['an event on the last hidden layer (2 of 2)', { events: [scale(5, 2, 2)] }],
  ['an event factor of 0.1', { events: [scale(5, 1, 0.1)] }],
  ['an event factor of 10', { events: [scale(5, 1, 10)] }],
  ['two events at the same step, then a later one', { events: [scale(5, 1, 2), scale(5, 2, 0.5), scale(9, 1, 3)] }],
  ['a noisy-bn net', { nets: [{ name: 'noisy-bn', norm: 'noisy-bn' }] }],
  ['every measurement on', { measure: { shift: true, ics: true, landscape: true } }],
  ['one measurement on', { measure: { shift: false, ics: true, landscape: false } }],
];

/** Each limit just outside, and each kind of malformed value, with the exact message. */
const JUST_OUTSIDE: [string, Partial<RunConfig>, string][] = [
  ['depth 0', { hidden: [] }, 'depth must be between 1 and 6, got 0'],
  ['depth 7', { hidden: [2, 2, 2, 2, 2, 2, 2] }, 'depth must be between 1 and 6, got 7'],
  ['width 1', { hidden: [1] }, 'width of hidden layer 1 must be between 2 and 1024, got 1'],
  ['width 1025', { hidden: [16, 1025] }, 'width of hidden layer 2 must be between 2 and 1024, got 1025'],
  ['width 2.5', { hidden: [2.5] }, 'width of hidden layer 1 must be a whole number, got 2.5'],
  ['batch 1', { batchSize: 1 }, 'batch must be between 2 and 2000, got 1'],
  ['batch 2001', { batchSize: 2001 }, 'batch must be between 2 and 2000, got 2001'],
  ['lr 9.99e-7', { lr: 9.99e-7 }, 'lr must be between 0.000001 and 1000, got 9.99e-7'],
  ['lr 1000.5', { lr: 1000.5 }, 'lr must be between 0.000001 and 1000, got 1000.5'],
  ['lr NaN', { lr: Number.NaN }, 'lr must be a number, got NaN'],
  ['lr ∞', { lr: Number.POSITIVE_INFINITY }, 'lr must be a number, got Infinity'],
  ['momentum −0.001', { momentum: -0.001 }, 'momentum must be between 0 and 0.999, got -0.001'],
  ['momentum 1', { momentum: 1 }, 'momentum must be between 0 and 0.999, got 1'],
  ['inputDim 1', { inputDim: 1 }, 'inputDim must be between 2 and 1024, got 1'],
  ['inputDim 1025', { inputDim: 1025 }, 'inputDim must be between 2 and 1024, got 1025'],
  ['steps 0', { steps: 0 }, 'steps must be between 1 and 10000000, got 0'],
  ['steps 10,000,001', { steps: 10_000_001 }, 'steps must be between 1 and 10000000, got 10000001'],
  ['steps 1.5', { steps: 1.5 }, 'steps must be a whole number, got 1.5'],
  ['probe every 0', { probeEvery: 0 }, 'probe every must be between 1 and 1000000, got 0'],
  ['probe every 1,000,001', { probeEvery: 1_000_001 }, 'probe every must be between 1 and 1000000, got 1000001'],
  ['probe size −1', { probeSize: -1 }, 'probe size must be between 0 and 100000, got -1'],
  ['probe size 100,001', { probeSize: 100_001 }, 'probe size must be between 0 and 100000, got 100001'],
  ['seed −1', { initSeed: -1 }, 'seed must be between 0 and 4294967295, got -1'],
  ['seed 2³²', { initSeed: 4_294_967_296 }, 'seed must be between 0 and 4294967295, got 4294967296'],
  ['data seed −1', { dataSeed: -1 }, 'data seed must be between 0 and 4294967295, got -1'],
  ['data seed 2³²', { dataSeed: 4_294_967_296 }, 'data seed must be between 0 and 4294967295, got 4294967296'],
  [
    'init σ 9.99e-7',
    { init: { kind: 'gauss', sigma: 9.99e-7 } },
    'init σ must be between 0.000001 and 100, got 9.99e-7',
  ],
  ['init σ 100.5', { init: { kind: 'gauss', sigma: 100.5 } }, 'init σ must be between 0.000001 and 100, got 100.5'],
  [
    'an unknown init',
    { init: { kind: 'he' } as unknown as RunConfig['init'] },
    'init must be gauss:σ, torchdefault or xavier, got he',
  ],
  [
    'an unknown data set',
    { dataset: 'cifar' as RunConfig['dataset'] },
    'dataset must be one of mnist, moons, spiral, blobs, got cifar',
  ],
  [
    'an unknown nonlinearity',
    { activation: 'gelu' as RunConfig['activation'] },
    'activation must be one of sigmoid, tanh, relu, got gelu',
  ],
  ['0 nets', { nets: [] }, 'nets must list 1 to 4 networks'],
  ['5 nets', { nets: [net('a'), net('b'), net('c'), net('d'), net('e')] }, 'nets must list 1 to 4 networks'],
  [
    'a 25-letter net name',
    { nets: [net('a23456789-abcdefghijklmno')] },
    'net name must be lowercase letters, digits or -, got a23456789-abcdefghijklmno',
  ],
  [
    'an unknown kind',
    { nets: [{ name: 'a', norm: 'layer-norm' as NetSpec['norm'] }] },
    'the kind of a must be one of none, bn, bn-fixed, center-stopgrad, noisy-bn, got layer-norm',
  ],
  [
    'a version-1 net with a bn flag and no kind',
    { nets: [{ name: 'a', bn: true } as unknown as NetSpec] },
    'the kind of a must be one of none, bn, bn-fixed, center-stopgrad, noisy-bn, got undefined',
  ],
  ['a capital in a net name', { nets: [net('Plain')] }, 'net name must be lowercase letters, digits or -, got Plain'],
  ['a net name starting with a digit', { nets: [net('1')] }, 'net name must be lowercase letters, digits or -, got 1'],
  ['a repeated net name', { nets: [net('a'), net('b'), net('a')] }, 'net names must differ, a is repeated'],
  ['a net lr of 9.99e-7', { nets: [net('a', 9.99e-7)] }, 'lr of a must be between 0.000001 and 1000, got 9.99e-7'],
  ['a net lr of 1000.5', { nets: [net('a', 1000.5)] }, 'lr of a must be between 0.000001 and 1000, got 1000.5'],
  ['events that are not a list', { events: 'x' as unknown as RunEvent[] }, 'events must be a list'],
  [
    'events out of step order',
    { events: [scale(10, 1, 2), scale(9, 1, 2)] },
    'events must be in step order, but event 2 at step 9 follows step 10',
  ],
  ['an event at step −1', { events: [scale(-1, 1, 2)] }, 'the step of event 1 must be between 0 and 10000000, got -1'],
  ['an event at step 2.5', { events: [scale(2.5, 1, 2)] }, 'the step of event 1 must be a whole number, got 2.5'],
  ['an event on layer 0', { events: [scale(5, 0, 2)] }, 'the layer of event 1 must be between 1 and 2, got 0'],
  [
    'an event below the hidden layers (3 of 2)',
    { events: [scale(5, 1, 2), scale(5, 3, 2)] },
    'the layer of event 2 must be between 1 and 2, got 3',
  ],
  [
    'an event factor of 0.099',
    { events: [scale(5, 1, 0.099)] },
    'the factor of event 1 must be between 0.1 and 10, got 0.099',
  ],
  [
    'an event factor of 10.5',
    { events: [scale(5, 1, 10.5)] },
    'the factor of event 1 must be between 0.1 and 10, got 10.5',
  ],
  ['an event factor of NaN', { events: [scale(5, 1, Number.NaN)] }, 'the factor of event 1 must be a number, got NaN'],
  [
    'an event of another type',
    { events: [{ ...scale(5, 1, 2), type: 'shift' } as unknown as RunEvent] },
    'the type of event 1 must be one of scale, lr, got shift',
  ],
  ['an event that is not an object', { events: [null as unknown as RunEvent] }, 'event 1 must be an object'],
  [
    'measure that is not an object',
    { measure: true as unknown as MeasureFlags },
    'measure must be an object of shift, ics, landscape flags',
  ],
  [
    'a measurement flag that is not true or false',
    { measure: { shift: 1, ics: false, landscape: false } as unknown as MeasureFlags },
    'measure.shift must be true or false, got 1',
  ],
  [
    'an unknown measurement',
    { measure: { shift: true, ics: false, landscape: false, curvature: true } as unknown as MeasureFlags },
    'measure has shift, ics, landscape, not curvature',
  ],
];

describe('validateConfig: the limits a config must keep', () => {
  it.each(AT_THE_BOUNDS)('accepts %s', (_what, change) => {
    const config = { ...BASE, ...change };
    expect(validateConfig(config)).toEqual(config);
  });

  it.each(JUST_OUTSIDE)('rejects %s, saying so', (_what, change, message) => {
    expect(() => validateConfig({ ...BASE, ...change })).toThrow(new ConfigError(message));
  });

  it('names the first thing that is wrong, in field order', () => {
    expect(() => validateConfig({ ...BASE, hidden: [1], lr: 0 })).toThrow(
      new ConfigError('width of hidden layer 1 must be between 2 and 1024, got 1'),
    );
  });

  it('leaves out an empty list of events, so a config without events stays as it was', () => {
    expect(validateConfig({ ...BASE, events: [] })).not.toHaveProperty('events');
    expect(validateConfig(BASE)).not.toHaveProperty('events');
  });

  it('leaves out measure when every measurement is off, and reads a missing flag as off', () => {
    const off = { shift: false, ics: false, landscape: false };
    expect(validateConfig({ ...BASE, measure: off })).not.toHaveProperty('measure');
    expect(validateConfig({ ...BASE, measure: { ics: true } as MeasureFlags }).measure).toEqual({
      ...off,
      ics: true,
    });
  });

  it('ignores inputDim on MNIST, which is always 784-D', () => {
    expect(validateConfig({ ...BASE, dataset: 'mnist', inputDim: 5 }).inputDim).toBe(784);
    expect(validateConfig({ ...BASE, dataset: 'mnist', inputDim: 0 }).inputDim).toBe(784);
  });

  it('returns a clean copy: unknown keys dropped, lr only where given', () => {
    const messy = {
      ...BASE,
      colour: 'red',
      nets: [
        { name: 'a', norm: 'bn', bn: 1 },
        { name: 'b', norm: 'none', lr: 2 },
        { name: 'c', norm: 'center-stopgrad', lr: undefined },
      ],
    } as unknown as RunConfig;
    const clean = validateConfig(messy);
    expect(clean).not.toHaveProperty('colour');
    expect(clean.nets).toStrictEqual([
      { name: 'a', norm: 'bn' },
      { name: 'b', norm: 'none', lr: 2 },
      { name: 'c', norm: 'center-stopgrad' },
    ]);
  });
});
