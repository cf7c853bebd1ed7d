import { describe, expect, it } from 'vitest';
import type { Precision } from '../../src/engine/floats.ts';
import { drawInitialWeights } from '../../src/engine/init.ts';
import { createMlp } from '../../src/engine/mlp.ts';
import { fillGaussian, mulberry32 } from '../../src/engine/rng.ts';
import { Sgd } from '../../src/engine/sgd.ts';
import { loadFixture, type GradFixture } from './fixtures.ts';

const SIZES = [6, 5, 4, 3];

function trainedNet(batchNorm: boolean, precision: Precision) {
  const spec = {
    inputSize: 6,
    hidden: [5, 4],
    outputSize: 3,
    activation: 'sigmoid',
    norm: batchNorm ? 'bn' : 'none',
    precision,
  } as const;
  const mlp = createMlp(spec, drawInitialWeights(SIZES, { kind: 'torchdefault' }, 1));
  const x = new Float64Array(8 * 6);
  fillGaussian(mulberry32(2), x);
  const labels = [0, 1, 2, 0, 1, 2, 0, 1];
  // a few steps, so parameters and running statistics are far from their initial values
  const sgd = new Sgd(mlp.params());
  for (let i = 0; i < 3; i++) {
    mlp.forward(x, 8, 'train');
    mlp.loss(labels, 8);
    mlp.backward();
    sgd.step(0.5);
  }
  return { spec, mlp, x };
}

describe('toJson / loadJson', () => {
  for (const batchNorm of [false, true]) {
    for (const precision of ['f32', 'f64'] as const) {
      it(`round-trips a ${batchNorm ? 'BN' : 'plain'} ${precision} net exactly, running statistics included`, () => {
        const { spec, mlp, x } = trainedNet(batchNorm, precision);
        const json = JSON.parse(JSON.stringify(mlp.toJson())) as unknown;
        const copy = createMlp(spec, drawInitialWeights(SIZES, { kind: 'xavier' }, 7));
        copy.loadJson(json);
        expect(copy.toJson()).toEqual(mlp.toJson());
        mlp.params().forEach((p, i) => expect(copy.params()[i].value).toEqual(p.value));
        mlp.batchNorms.forEach((bn, l) => {
          expect(copy.batchNorms[l].runningMean).toEqual(bn.runningMean);
          expect(copy.batchNorms[l].runningVar).toEqual(bn.runningVar);
        });
        expect(Array.from(copy.forward(x, 8, 'eval'))).toEqual(Array.from(mlp.forward(x, 8, 'eval')));
      });
    }
  }

  it('writes the fixtures’ layout: loading a fixture’s params and saving gives them back, W as W[out][in]', () => {
    const fx = loadFixture<GradFixture>('grad_tiny_bn.json');
    const mlp = createMlp(
      { inputSize: 6, hidden: [5, 4], outputSize: 3, activation: 'sigmoid', norm: 'bn', precision: 'f64' },
      drawInitialWeights(SIZES, { kind: 'xavier' }, 1),
    );
    mlp.loadJson(fx.params);
    const json = mlp.toJson();
    for (const name of fx.param_order) expect(json[name]).toEqual(fx.params[name]);
    expect(json.running_mean1).toEqual([0, 0, 0, 0, 0]);
    expect(json.running_var2).toEqual([1, 1, 1, 1]);
  });

  it('loading a wrong shape throws the contract message and changes nothing', () => {
    const { mlp } = trainedNet(false, 'f64');
    const before = mlp.toJson();
    const json = mlp.toJson();
    json.W1 = (json.W1 as number[][]).map((row) => [...row, 0]);
    expect(() => mlp.loadJson(json)).toThrow('expected W1 of 5×6, got 5×7');
    json.W1 = before.W1;
    json.b2 = [1, 2, 3];
    expect(() => mlp.loadJson(json)).toThrow('expected b2 of 4, got 3');
    expect(mlp.toJson()).toEqual(before);
  });

  it('names what is missing or unexpected', () => {
    const { mlp } = trainedNet(true, 'f32');
    const json = mlp.toJson();
    delete json.gamma2;
    expect(() => mlp.loadJson(json)).toThrow('missing gamma2 (expected 4)');
    expect(() => mlp.loadJson({ ...mlp.toJson(), b1: [0, 0, 0, 0, 0] })).toThrow('unexpected key b1');
    expect(() => mlp.loadJson([1, 2])).toThrow('expected an object of named parameter arrays');
  });

  it('running statistics are optional: loading parameters alone keeps them', () => {
    const { mlp } = trainedNet(true, 'f64');
    const running = Array.from(mlp.batchNorms[0].runningVar);
    const json = mlp.toJson();
    delete json.running_mean1;
    delete json.running_var1;
    mlp.loadJson(json);
    expect(Array.from(mlp.batchNorms[0].runningVar)).toEqual(running);
  });
});
