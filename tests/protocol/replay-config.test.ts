import { describe, expect, it } from 'vitest';
import { namedNets, type RunConfig } from '../../src/protocol/config.ts';
import { replayConfig } from '../../src/protocol/replay-config.ts';
import { validateConfig } from '../../src/protocol/validate-config.ts';
import { presetConfig } from '../../src/store/default-config.ts';

const base: RunConfig = { ...presetConfig('paper-fig1')!, nets: namedNets([{ norm: 'none' }, { norm: 'bn' }]) };

describe('replayConfig', () => {
  it('with no changes gives the config back', () => {
    expect(replayConfig(base, { plain: [[0, 1]], bn: [[0, 1]] }, 500)).toEqual(base);
  });

  it('takes the step-0 rates from the first change: shared when equal, per net when not', () => {
    expect(replayConfig(base, { plain: [[0, 0.5]], bn: [[0, 0.5]] }, 0).lr).toBe(0.5);
    expect(replayConfig(base, { plain: [[0, 0.5]], bn: [[0, 30]] }, 0).nets).toEqual([
      { name: 'plain', norm: 'none', lr: 0.5 },
      { name: 'bn', norm: 'bn', lr: 30 },
    ]);
  });

  it('writes a change every net made at once as one event, and the others per net, in step order', () => {
    const config = replayConfig(
      base,
      {
        plain: [
          [0, 1],
          [100, 0.1],
        ],
        bn: [
          [0, 1],
          [100, 0.1],
          [250, 5],
        ],
      },
      300,
    );
    expect(config.events).toEqual([
      { step: 100, type: 'lr', lr: 0.1 },
      { step: 250, type: 'lr', lr: 5, net: 'bn' },
    ]);
    expect(validateConfig(config)).toEqual(config);
  });

  it('keeps scale events and the lr events not reached yet; drops those the changes already hold', () => {
    const config: RunConfig = {
      ...base,
      events: [
        { step: 100, type: 'lr', lr: 0.1 },
        { step: 100, type: 'scale', layer: 2, factor: 2 },
        { step: 900, type: 'lr', lr: 3 },
      ],
    };
    const changes = {
      plain: [
        [0, 1],
        [100, 0.1],
      ] as const,
      bn: [
        [0, 1],
        [100, 0.1],
      ] as const,
    };
    expect(replayConfig(config, changes, 500).events).toEqual([
      { step: 100, type: 'scale', layer: 2, factor: 2 },
      { step: 100, type: 'lr', lr: 0.1 },
      { step: 900, type: 'lr', lr: 3 },
    ]);
  });
});

describe('validateConfig: lr events', () => {
  it('refuses an lr event for a net that is not there, and a rate out of range', () => {
    expect(() => validateConfig({ ...base, events: [{ step: 5, type: 'lr', lr: 1, net: 'noisy-bn' }] })).toThrow(
      /noisy-bn, which is not one of the nets/,
    );
    expect(() => validateConfig({ ...base, events: [{ step: 5, type: 'lr', lr: 0 }] })).toThrow(/lr of event 1/);
  });
});
