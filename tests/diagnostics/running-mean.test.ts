import { describe, expect, it } from 'vitest';
import { RunningMeans } from '../../src/diagnostics/running-mean.ts';

describe('RunningMeans', () => {
  it('averages each name over the adds since the last take', () => {
    const means = new RunningMeans();
    means.add('W', 1);
    means.add('W', 2);
    means.add('b', 0.5);
    means.add('W', 6);
    expect(means.take()).toEqual({ W: 3, b: 0.5 });
  });

  it('starts over after take: names seen before report NaN until added again', () => {
    const means = new RunningMeans();
    means.add('W', 4);
    means.take();
    means.add('b', 2);
    expect(means.take()).toEqual({ W: Number.NaN, b: 2 });
  });

  it('reports the constructor names as NaN before any add', () => {
    expect(new RunningMeans(['W', 'b']).take()).toEqual({ W: Number.NaN, b: Number.NaN });
    expect(new RunningMeans().take()).toEqual({});
  });
});
