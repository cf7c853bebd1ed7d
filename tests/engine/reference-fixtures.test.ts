import { describe, expect, it } from 'vitest';
import { Sgd } from '../../src/engine/sgd.ts';
import { expectClose, scaledError, type Tolerance } from './compare.ts';
import { fixtureInput, loadFixture, netForFixture, type EnginePath, type GradFixture } from './fixtures.ts';

/**
 * float64 must match PyTorch float64 per element to 1e-9 relative (stricter than the 1e-6 asked for; the
 * full fixtures hold 12 significant digits; the 1e-12 absolute floor only covers entries that are zero up to
 * cancellation). Measured worst: 8e-14 on the tiny nets, 4e-11 on the full ones (their 12-digit rounding).
 *
 * float32 (stored in float32, accumulated in float64) is compared with the same float64 oracle:
 * - values (loss, logits, sigmoid inputs, BN statistics, parameters after the step, eval logits):
 *   |a − b| ≤ 1e-5·|b| + 1e-6. Measured worst: loss 2e-8 relative, logits 2e-6, BN batch statistics 5e-6.
 * - gradients, per tensor: max|a − b| ≤ 1e-4 · max|b|. Measured worst 1.6e-6 (BN net, full). Per element
 *   the relative error reaches 3e-3 on entries that are tiny through cancellation, so an elementwise
 *   relative bound would be meaningless there.
 *
 * wasm (the WebAssembly SIMD kernels: float32 storage and float32 sums, σ through a float32 exp) against the same
 * oracle: values |a − b| ≤ 5e-5·|b| + 1e-5, gradients per tensor max|a − b| ≤ 5e-5 · max|b|. Measured worst: logits
 * 9e-6 relative and gradients 4.6e-6 scaled (BN net, full), the loss 2e-8 relative.
 */
const TOLERANCE: Record<EnginePath, { value: Tolerance; gradScaled: number }> = {
  f64: { value: { rel: 1e-9, abs: 1e-12 }, gradScaled: 1e-10 },
  f32: { value: { rel: 1e-5, abs: 1e-6 }, gradScaled: 1e-4 },
  wasm: { value: { rel: 5e-5, abs: 1e-5 }, gradScaled: 5e-5 },
};

const CASES = [
  { file: 'grad_tiny_plain.json', roundInputs: false },
  { file: 'grad_tiny_bn.json', roundInputs: false },
  { file: 'grad_full_plain.json', roundInputs: true },
  { file: 'grad_full_bn.json', roundInputs: true },
];

const copy = (a: ArrayLike<number>, n = a.length): number[] => Array.from({ length: n }, (_, i) => a[i]);

/** forward (train) → loss → backward → SGD step → eval forward → batch-statistics forward, recording everything. */
function runFixture(fx: GradFixture, path: EnginePath, roundInputs: boolean) {
  const mlp = netForFixture(fx, path);
  const x = fixtureInput(fx, mlp.precision, roundInputs);
  const m = fx.y.length;
  const classes = fx.sizes[fx.sizes.length - 1];
  mlp.forward(x, m, 'train');
  const loss = mlp.loss(fx.y, m);
  mlp.backward();
  const logits = copy(mlp.logits, m * classes);
  const grads = Object.fromEntries(mlp.params().map((p) => [p.name, copy(p.grad)]));
  const activationInputs = mlp.hidden.map((h) => copy(h.activationInput, m * h.units));
  const batchMeans = mlp.batchNorms.map((bn) => copy(bn.batchMean));
  const batchVars = mlp.batchNorms.map((bn) => copy(bn.batchVar));
  new Sgd(mlp.params(), { kernels: mlp.kernels }).step(fx.sgd.lr);
  const paramsAfter = Object.fromEntries(mlp.params().map((p) => [p.name, copy(p.value)]));
  const runningMeans = mlp.batchNorms.map((bn) => copy(bn.runningMean));
  const runningVars = mlp.batchNorms.map((bn) => copy(bn.runningVar));
  mlp.forward(x, m, 'eval');
  const evalLogits = copy(mlp.logits, m * classes);
  const evalLoss = mlp.loss(fx.y, m);
  // the fixture's loss after the step left the running averages alone: 'batch' mode
  mlp.forward(x, m, 'batch');
  const lossAfter = mlp.loss(fx.y, m);
  return {
    names: mlp.params().map((p) => p.name),
    loss,
    logits,
    grads,
    activationInputs,
    batchMeans,
    batchVars,
    paramsAfter,
    runningMeans,
    runningVars,
    evalLogits,
    evalLoss,
    lossAfter,
  };
}

describe.each(CASES)('$file', ({ file, roundInputs }) => {
  const fx = loadFixture<GradFixture>(file);

  describe.each<EnginePath>(['f64', 'f32', 'wasm'])('%s path', (path) => {
    const tol = TOLERANCE[path];
    const run = runFixture(fx, path, roundInputs);

    it('lists its parameters in the fixture order', () => {
      expect(run.names).toEqual(fx.param_order);
    });

    it('matches the loss and the logits', () => {
      expectClose([run.loss], [fx.expected.loss], tol.value, 'loss');
      expectClose(run.logits, fx.expected.logits, tol.value, 'logits');
    });

    it('matches every gradient', () => {
      for (const name of run.names) {
        const want = fx.expected.grads[name].flat();
        if (path === 'f64') expectClose(run.grads[name], want, tol.value, `d${name}`);
        expect(scaledError(run.grads[name], want), `d${name}`).toBeLessThan(tol.gradScaled);
      }
    });

    it('matches the sigmoid inputs and the BN batch mean and biased variance', () => {
      fx.expected.sigmoid_inputs?.forEach((want, l) =>
        expectClose(run.activationInputs[l], want, tol.value, `sigmoid input ${l + 1}`),
      );
      fx.expected.batch_mean?.forEach((want, l) =>
        expectClose(run.batchMeans[l], want, tol.value, `batch mean ${l + 1}`),
      );
      fx.expected.batch_var_biased?.forEach((want, l) =>
        expectClose(run.batchVars[l], want, tol.value, `batch var ${l + 1}`),
      );
    });

    it('matches the parameters after one SGD step and the running statistics', () => {
      for (const name of run.names)
        expectClose(run.paramsAfter[name], fx.sgd.params_after_step[name].flat(), tol.value, name);
      fx.sgd.running_after_step?.mean.forEach((want, l) =>
        expectClose(run.runningMeans[l], want, tol.value, `running mean ${l + 1}`),
      );
      fx.sgd.running_after_step?.var.forEach((want, l) =>
        expectClose(run.runningVars[l], want, tol.value, `running var ${l + 1}`),
      );
    });

    it('matches the loss after the step on the same batch', () => {
      expectClose([run.lossAfter], [fx.sgd.loss_after_step_same_batch], tol.value, 'loss after step');
    });

    if (fx.net === 'bn')
      it('matches the eval-mode logits and loss after the step (running statistics)', () => {
        expectClose(run.evalLogits, fx.sgd.eval_mode_logits_after_step!, tol.value, 'eval logits');
        expectClose([run.evalLoss], [fx.sgd.eval_mode_loss_after_step!], tol.value, 'eval loss');
      });
  });
});
