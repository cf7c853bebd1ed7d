import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args.ts';

describe('the measurement flags of npm run lab', () => {
  it('are off unless given: the config then has no measure', () => {
    expect(parseCliArgs(['--preset', 'moons-quick']).config.measure).toBeUndefined();
  });

  it.each([
    [['--shift'], { shift: true, ics: false, landscape: false }],
    [['--ics'], { shift: false, ics: true, landscape: false }],
    [['--landscape'], { shift: false, ics: false, landscape: true }],
    [['--shift', '--ics', '--landscape'], { shift: true, ics: true, landscape: true }],
  ])('%j turns on exactly those measurements', (flags, measure) => {
    expect(parseCliArgs(['--preset', 'moons-quick', ...flags]).config.measure).toEqual(measure);
  });

  it('take no value: --shift=yes is refused', () => {
    expect(() => parseCliArgs(['--shift=yes'])).toThrow(/shift/);
  });

  it('--nets takes noisy-bn, named after its kind', () => {
    expect(parseCliArgs(['--nets', 'none,bn,noisy-bn', '--lr-noisy-bn', '3']).config.nets).toEqual([
      { name: 'plain', norm: 'none' },
      { name: 'bn', norm: 'bn' },
      { name: 'noisy-bn', norm: 'noisy-bn', lr: 3 },
    ]);
  });
});
