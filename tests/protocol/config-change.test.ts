import { describe, expect, it } from 'vitest';
import { BASE } from './base-config.ts';
import { configsEqual, needsReset } from '../../src/protocol/config-change.ts';
import type { RunConfig, RunEvent, ScaleEvent } from '../../src/protocol/config.ts';

/** BASE with its keys, and the keys of its init and nets, in reverse order. */
const REORDERED: RunConfig = {
  nets: [
    { norm: 'none', name: 'plain' },
    { norm: 'bn', name: 'bn' },
  ],
  probeSize: 0,
  probeEvery: 50,
  steps: 300,
  dataSeed: 2,
  initSeed: 1,
  momentum: 0,
  lr: 0.5,
  batchSize: 32,
  init: { sigma: 0.5, kind: 'gauss' },
  activation: 'sigmoid',
  hidden: [16, 16],
  inputDim: 2,
  dataset: 'moons',
};

describe('needsReset: which changes rebuild the nets', () => {
  it.each<[string, Partial<RunConfig>, boolean]>([
    ['nothing', {}, false],
    ['the shared lr', { lr: 2 }, false],
    ['the probe interval', { probeEvery: 7 }, false],
    ['the run length', { steps: 10 }, false],
    ['every live field at once', { lr: 0.01, probeEvery: 1, steps: 1 }, false],
    ['a measurement turned on', { measure: { shift: true, ics: false, landscape: false } }, false],
    ['every measurement turned on', { measure: { shift: true, ics: true, landscape: true } }, false],
    [
      'a net’s own lr, added',
      {
        nets: [
          { name: 'plain', norm: 'none' },
          { name: 'bn', norm: 'bn', lr: 3 },
        ],
      },
      false,
    ],
    ['the data set', { dataset: 'spiral' }, true],
    ['the input dimension', { inputDim: 3 }, true],
    ['a hidden width', { hidden: [16, 17] }, true],
    ['the depth', { hidden: [16, 16, 16] }, true],
    ['the nonlinearity', { activation: 'tanh' }, true],
    ['the init σ', { init: { kind: 'gauss', sigma: 0.25 } }, true],
    ['the init kind', { init: { kind: 'xavier' } }, true],
    ['the batch size', { batchSize: 33 }, true],
    ['the momentum', { momentum: 0.9 }, true],
    ['the init seed', { initSeed: 2 }, true],
    ['the data seed', { dataSeed: 3 }, true],
    ['the probe-set size', { probeSize: 100 }, true],
    [
      'a net’s name',
      {
        nets: [
          { name: 'plain', norm: 'none' },
          { name: 'bn-1', norm: 'bn' },
        ],
      },
      true,
    ],
    [
      'a net’s kind',
      {
        nets: [
          { name: 'plain', norm: 'bn' },
          { name: 'bn', norm: 'bn' },
        ],
      },
      true,
    ],
    [
      'the nets’ order',
      {
        nets: [
          { name: 'bn', norm: 'bn' },
          { name: 'plain', norm: 'none' },
        ],
      },
      true,
    ],
    ['a net more', { nets: [...BASE.nets, { name: 'bn-2', norm: 'bn' }] }, true],
    ['a noisy-bn net more', { nets: [...BASE.nets, { name: 'noisy-bn', norm: 'noisy-bn' }] }, true],
    ['a net less', { nets: [{ name: 'plain', norm: 'none' }] }, true],
  ])('changing %s → %s', (_what, change, reset) => {
    expect(needsReset(BASE, { ...BASE, ...change })).toBe(reset);
  });

  it('does not care in which order a config’s keys were written', () => {
    expect(needsReset(BASE, REORDERED)).toBe(false);
  });
});

const scale = (step: number, layer: number, factor: number): ScaleEvent => ({ step, type: 'scale', layer, factor });
const A = scale(100, 1, 2);
const B = scale(250, 2, 0.5);
const C = scale(250, 1, 3);

describe('needsReset: events go on live only by being appended', () => {
  it.each<[string, readonly RunEvent[] | undefined, readonly RunEvent[] | undefined, boolean]>([
    ['none → none', undefined, undefined, false],
    ['none → an empty list', undefined, [], false],
    ['none → one', undefined, [A], false],
    ['one → the same one', [A], [A], false],
    [
      'one → the same one written in another key order',
      [A],
      [{ factor: 2, layer: 1, type: 'scale', step: 100 }],
      false,
    ],
    ['one → it and two more after it', [A], [A, B, C], false],
    ['two → the same two', [A, B], [A, B], false],
    ['one → none', [A], undefined, true],
    ['one → an empty list', [A], [], true],
    ['two → the first alone', [A, B], [A], true],
    ['two → the second alone', [A, B], [B], true],
    ['two → swapped', [A, B], [B, A], true],
    ['one → another before it', [B], [A, B], true],
    ['one → its factor changed', [A], [{ ...A, factor: 3 }], true],
    ['one → its step changed', [A], [{ ...A, step: 101 }], true],
    ['one → its layer changed', [A], [{ ...A, layer: 2 }], true],
  ])('events %s → reset %s', (_what, before, after, reset) => {
    expect(needsReset({ ...BASE, events: before }, { ...BASE, events: after })).toBe(reset);
  });

  it('still resets for a structural change, whatever the events do', () => {
    expect(needsReset({ ...BASE, events: [A] }, { ...BASE, events: [A, B], batchSize: 33 })).toBe(true);
  });

  it('takes new events together with the other live fields', () => {
    expect(needsReset(BASE, { ...BASE, lr: 2, steps: 10, events: [A] })).toBe(false);
  });
});

describe('configsEqual: the same run, field for field', () => {
  it.each<[string, RunConfig, boolean]>([
    ['the very same config', BASE, true],
    ['its keys in another order, nested keys too', REORDERED, true],
    [
      'a net’s lr written as undefined (JSON leaves it out)',
      { ...BASE, nets: [BASE.nets[0], { ...BASE.nets[1], lr: undefined }] },
      true,
    ],
    ['another shared lr', { ...BASE, lr: 0.25 }, false],
    ['another probe interval', { ...BASE, probeEvery: 51 }, false],
    ['another run length', { ...BASE, steps: 301 }, false],
    ['a net’s own lr', { ...BASE, nets: [BASE.nets[0], { ...BASE.nets[1], lr: 0.5 }] }, false],
    ['another hidden width', { ...BASE, hidden: [16, 8] }, false],
    ['the nets swapped', { ...BASE, nets: [BASE.nets[1], BASE.nets[0]] }, false],
    ['another init σ', { ...BASE, init: { kind: 'gauss', sigma: 0.05 } }, false],
    ['an event', { ...BASE, events: [A] }, false],
  ])('a config and %s → %s', (_what, other, equal) => {
    expect(configsEqual(BASE, other)).toBe(equal);
    expect(configsEqual(other, BASE)).toBe(equal);
  });
});
