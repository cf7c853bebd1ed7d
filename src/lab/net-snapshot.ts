/**
 * What a measurement may disturb in a net and must put back bit for bit: every parameter, the buffers a 'train'
 * forward updates (BN's running mean and variance and last μ_B, σ²_B; centring's running mean) and the state of the
 * noise stream. Gradients and layer caches are not kept: the next training step overwrites them before reading.
 */

import type { Floats } from '../engine/floats.ts';
import type { Mlp } from '../engine/mlp.ts';

export class NetSnapshot {
  /** every parameter's value, in mlp.params() order */
  readonly values: readonly Floats[];
  private readonly buffers: readonly { readonly target: Floats; readonly saved: Floats }[];
  private readonly noiseState: number | null;

  constructor(private readonly mlp: Mlp) {
    this.values = mlp.params().map((p) => p.value.slice());
    const targets = mlp.hidden.flatMap(({ batchNorm: bn, center }) => [
      ...(bn === null ? [] : [bn.runningMean, bn.runningVar, bn.batchMean, bn.batchVar]),
      ...(center === null ? [] : [center.runningMean]),
    ]);
    this.buffers = targets.map((target) => ({ target, saved: target.slice() }));
    this.noiseState = mlp.noise?.state ?? null;
  }

  /** Parameters, buffers and the noise stream as they were when the snapshot was taken. */
  restore(): void {
    this.mlp.params().forEach((p, i) => p.value.set(this.values[i]));
    for (const { target, saved } of this.buffers) target.set(saved);
    this.rewindNoise();
  }

  /** The noise stream back where it was: the next 'train' forward draws the same noise as the first after the snapshot. */
  rewindNoise(): void {
    if (this.mlp.noise !== null && this.noiseState !== null) this.mlp.noise.state = this.noiseState;
  }
}
