import { describe, expect, it } from 'vitest';
import { withDataset, type DatasetName, type RunConfig } from '../../src/protocol/config.ts';

function config(dataset: DatasetName, inputDim: number): RunConfig {
  return {
    dataset,
    inputDim,
    hidden: [8],
    activation: 'tanh',
    init: { kind: 'xavier' },
    batchSize: 10,
    lr: 0.1,
    momentum: 0.9,
    initSeed: 5,
    dataSeed: 6,
    steps: 100,
    probeEvery: 10,
    probeSize: 50,
    nets: [{ name: 'bn', norm: 'bn' }],
  };
}

describe('withDataset: the input dimension that goes with a data set', () => {
  it.each<[DatasetName, number, DatasetName, number]>([
    ['mnist', 784, 'mnist', 784],
    ['mnist', 784, 'moons', 2],
    ['mnist', 784, 'spiral', 2],
    ['mnist', 784, 'blobs', 2],
    ['moons', 5, 'moons', 5],
    ['moons', 5, 'spiral', 5],
    ['blobs', 1024, 'moons', 1024],
    ['spiral', 2, 'mnist', 784],
    ['blobs', 17, 'mnist', 784],
  ])('from %s (%i-D) to %s gives %i-D', (from, dim, to, expected) => {
    expect(withDataset(config(from, dim), to)).toEqual({ ...config(from, dim), dataset: to, inputDim: expected });
  });

  it('leaves the config it is given as it was', () => {
    const before = config('mnist', 784);
    withDataset(before, 'moons');
    expect(before).toEqual(config('mnist', 784));
  });
});
