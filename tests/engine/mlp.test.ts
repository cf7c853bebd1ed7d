import { describe, expect, it } from 'vitest';
import { sigmoid } from '../../src/engine/kernels.ts';
import { drawInitialWeights } from '../../src/engine/init.ts';
import { createMlp, type MlpSpec } from '../../src/engine/mlp.ts';
import { fillGaussian, mulberry32 } from '../../src/engine/rng.ts';

const SPEC = {
  inputSize: 6,
  hidden: [5, 4],
  outputSize: 3,
  activation: 'sigmoid',
  precision: 'f64',
  rowCapacity: 4,
} as const;

function net(batchNorm: boolean, spec: Partial<MlpSpec> = {}) {
  const full: MlpSpec = { ...SPEC, norm: batchNorm ? 'bn' : 'none', ...spec };
  return createMlp(
    full,
    drawInitialWeights([full.inputSize, ...full.hidden, full.outputSize], { kind: 'gauss', sigma: 0.7 }, 1),
  );
}

function inputs(rows: number, seed: number): Float64Array {
  const x = new Float64Array(rows * 6);
  fillGaussian(mulberry32(seed), x);
  return x;
}

const labels = (rows: number): number[] => Array.from({ length: rows }, (_, r) => r % 3);
const rowsOf = (a: ArrayLike<number>, rows: number, cols: number): number[] =>
  Array.from({ length: rows * cols }, (_, i) => a[i]);

describe('Mlp boundaries', () => {
  it('rejects x of the wrong shape with the contract', () => {
    const mlp = createMlp(
      { inputSize: 784, hidden: [100], outputSize: 10, activation: 'sigmoid', norm: 'none' },
      drawInitialWeights([784, 100, 10], { kind: 'xavier' }, 1),
    );
    expect(() => mlp.forward(new Float32Array(60 * 100), 60, 'train')).toThrow('expected x of 60×784, got 60×100');
  });

  it('rejects layer sizes that are not positive integers', () => {
    const draw = drawInitialWeights([6, 5, 4, 3], { kind: 'xavier' }, 1);
    expect(() => createMlp({ ...SPEC, hidden: [5, 0], norm: 'none' }, draw)).toThrow(
      'expected positive integer layer sizes, got 6-5-0-3',
    );
  });

  it('insists on forward → loss → backward', () => {
    const mlp = net(false);
    expect(() => mlp.loss([0], 1)).toThrow('loss() needs a forward() first');
    mlp.forward(inputs(4, 1), 4, 'train');
    expect(() => mlp.backward()).toThrow('backward() needs forward() then loss() first');
    expect(() => mlp.loss(labels(3), 3)).toThrow('expected the 4 rows of the last forward, got 3');
    expect(() => mlp.loss([0, 1, 2, 3], 4)).toThrow('expected labels in 0…2, got 3 at row 3');
  });

  it('a BN net refuses batch statistics of a single row in train mode', () => {
    expect(() => net(true).forward(inputs(1, 1), 1, 'train')).toThrow(
      "expected at least 2 rows for batch statistics in 'train' mode, got 1",
    );
  });
});

describe('Mlp forward modes and buffers', () => {
  it('a forward larger than the row capacity grows the buffers, and smaller forwards still match a fresh net', () => {
    const grown = net(true);
    const fresh = net(true);
    grown.forward(inputs(50, 2), 50, 'batch');
    const x = inputs(4, 3);
    expect(rowsOf(grown.forward(x, 4, 'batch'), 4, 3)).toEqual(rowsOf(fresh.forward(x, 4, 'batch'), 4, 3));
  });

  it("'batch' uses the batch's own statistics and leaves the running averages alone; 'eval' uses the running ones", () => {
    const mlp = net(true);
    const x = inputs(4, 4);
    const train = rowsOf(mlp.forward(x, 4, 'train'), 4, 3);
    const running = Array.from(mlp.batchNorms[0].runningMean);
    expect(rowsOf(mlp.forward(x, 4, 'batch'), 4, 3)).toEqual(train);
    expect(Array.from(mlp.batchNorms[0].runningMean)).toEqual(running);
    const bn = mlp.batchNorms[0];
    mlp.forward(x, 4, 'eval');
    const z = mlp.hidden[0].linearOutput;
    const want = (r: number, j: number) =>
      (z[r * 5 + j] - bn.runningMean[j]) / Math.sqrt(bn.runningVar[j] + bn.epsilon);
    mlp.hidden[0].activationInput
      .subarray(0, 20)
      .forEach((v, i) => expect(v).toBeCloseTo(want(Math.floor(i / 5), i % 5), 12));
  });

  it('population statistics follow Algorithm 2: E[x] = mean of batch means, Var[x] = m/(m−1)·mean of σ²_B', () => {
    const mlp = net(true);
    const m = 4;
    const sums = { mean: new Float64Array(5), variance: new Float64Array(5) };
    mlp.beginPopulation();
    for (let b = 0; b < 3; b++) {
      mlp.forward(inputs(m, 10 + b), m, 'accumulate');
      const bn = mlp.batchNorms[0];
      const z = mlp.hidden[0].linearOutput;
      for (let j = 0; j < 5; j++) {
        const col = [0, 1, 2, 3].map((r) => z[r * 5 + j]);
        const mean = col.reduce((s, v) => s + v, 0) / m;
        sums.mean[j] += mean / 3;
        sums.variance[j] += col.reduce((s, v) => s + (v - mean) ** 2, 0) / m / 3;
      }
      expect(Array.from(bn.runningMean)).toEqual([0, 0, 0, 0, 0]);
    }
    mlp.endPopulation();
    const pop = mlp.batchNorms[0].population;
    sums.mean.forEach((v, j) => expect(pop.mean[j]).toBeCloseTo(v, 14));
    sums.variance.forEach((v, j) => expect(pop.variance[j]).toBeCloseTo((m / (m - 1)) * v, 14));
    mlp.forward(inputs(m, 20), m, 'population');
    const z = mlp.hidden[0].linearOutput;
    const y = mlp.hidden[0].activationInput;
    for (let j = 0; j < 5; j++) expect(y[j]).toBeCloseTo((z[j] - pop.mean[j]) / Math.sqrt(pop.variance[j] + 1e-5), 12);
  });

  it("'population' before endPopulation names the steps", () => {
    expect(() => net(true).forward(inputs(4, 1), 4, 'population')).toThrow('beginPopulation');
    expect(() => net(true).endPopulation()).toThrow('expected at least one accumulate forward');
  });

  it('exposes each hidden layer: x·Wᵀ(+b), the nonlinearity’s input and its output', () => {
    for (const batchNorm of [false, true]) {
      const mlp = net(batchNorm);
      mlp.forward(inputs(4, 5), 4, 'train');
      for (const h of mlp.hidden) {
        if (!batchNorm) expect(h.activationInput).toBe(h.linearOutput);
        else expect(h.activationInput).toBe(h.batchNorm!.y);
        h.activationOutput
          .subarray(0, 4 * h.units)
          .forEach((v, i) => expect(v).toBeCloseTo(sigmoid(h.activationInput[i]), 15));
      }
    }
  });

  it('predicts the argmax class and scores accuracy', () => {
    const mlp = net(false);
    mlp.forward(inputs(4, 6), 4, 'eval');
    const predicted = new Uint8Array(4);
    mlp.predict(predicted);
    const z = mlp.logits;
    predicted.forEach((c, r) => [0, 1, 2].forEach((j) => expect(z[r * 3 + c]).toBeGreaterThanOrEqual(z[r * 3 + j])));
    expect(mlp.accuracy(predicted)).toBe(1);
  });

  it('a net without hidden layers is softmax regression and trains', () => {
    const mlp = net(false, { hidden: [] });
    expect(mlp.params().map((p) => p.name)).toEqual(['W1', 'b1']);
    mlp.forward(inputs(4, 7), 4, 'train');
    mlp.loss(labels(4), 4);
    expect(() => mlp.backward()).not.toThrow();
  });
});
