/**
 * Noisy BN's noise (Santurkar et al. 2018, §2), after BN's γ and β: in training every activation gets a random scale
 * and shift, a_ij ← s_ij·a_ij + m_ij, with μ_t ~ U(−0.5, 0.5) and σ_t ~ U(1, 1.25) drawn afresh each step,
 * m_ij ~ U(μ_t − 0.1, μ_t + 0.1) and s_ij ~ N(σ_t, 0.1²). Every other mode (eval, population, batch, accumulate)
 * passes a through unchanged: inference is noise-free.
 */

import type { Floats, Precision } from './floats.ts';
import type { ForwardMode, Layer } from './layer.ts';
import type { Param } from './param.ts';
import { fillGaussian, uniformIn, type Rng } from './rng.ts';
import { RowBuffer } from './row-buffer.ts';

/** μ_t ~ U(−meanRange, meanRange), σ_t ~ U(1, scaleMax); m_ij within ±spread of μ_t, s_ij with sd spread about σ_t. */
const NOISE = { meanRange: 0.5, scaleMax: 1.25, spread: 0.1 } as const;

export interface AffineNoiseOptions {
  readonly units: number;
  readonly precision: Precision;
  readonly rowCapacity: number;
  /** the net's noise stream; each 'train' forward draws μ_t, σ_t, then every m_ij, then every s_ij (row-major) */
  readonly rng: Rng;
}

export class AffineNoise implements Layer {
  readonly inSize: number;
  readonly outSize: number;
  readonly units: number;
  readonly params: readonly Param[] = [];
  /** μ_t of the last 'train' forward */
  stepMean = 0;
  /** σ_t of the last 'train' forward */
  stepScale = 1;
  private readonly rng: Rng;
  /** cache: s_ij and m_ij of the last 'train' forward, rows × units, in float64 as drawn */
  private readonly scaleBuffer: RowBuffer;
  private readonly shiftBuffer: RowBuffer;
  private readonly out: RowBuffer;
  private readonly dxBuffer: RowBuffer;
  private noisy = false;
  private rowCount = 0;

  constructor(o: AffineNoiseOptions) {
    this.units = this.inSize = this.outSize = o.units;
    this.rng = o.rng;
    this.scaleBuffer = new RowBuffer('f64', o.units, o.rowCapacity);
    this.shiftBuffer = new RowBuffer('f64', o.units, o.rowCapacity);
    this.out = new RowBuffer(o.precision, o.units, o.rowCapacity);
    this.dxBuffer = new RowBuffer(o.precision, o.units, o.rowCapacity);
  }

  get rows(): number {
    return this.rowCount;
  }

  /** s ⊙ a + m in training, a otherwise; rows × units. */
  get y(): Floats {
    return this.out.current;
  }

  /** s of the last 'train' forward, rows × units. */
  get scale(): Float64Array {
    return this.scaleBuffer.current as Float64Array;
  }

  /** m of the last 'train' forward, rows × units. */
  get shift(): Float64Array {
    return this.shiftBuffer.current as Float64Array;
  }

  forward(x: Floats, rows: number, mode: ForwardMode): Floats {
    this.rowCount = rows;
    this.noisy = mode === 'train';
    const n = rows * this.units;
    const y = this.out.ensure(rows);
    if (!this.noisy) {
      y.set(x.subarray(0, n));
      return y;
    }
    this.draw(rows);
    const s = this.scale;
    const m = this.shift;
    for (let i = 0; i < n; i++) y[i] = s[i] * x[i] + m[i];
    return y;
  }

  /** μ_t, σ_t, then m_ij = U(μ_t ± 0.1) and s_ij = σ_t + 0.1·z_ij, z by Box–Muller (fillGaussian). */
  private draw(rows: number): void {
    const n = rows * this.units;
    const { meanRange, scaleMax, spread } = NOISE;
    this.stepMean = uniformIn(this.rng, -meanRange, meanRange);
    this.stepScale = uniformIn(this.rng, 1, scaleMax);
    const m = this.shiftBuffer.ensure(rows);
    for (let i = 0; i < n; i++) m[i] = uniformIn(this.rng, this.stepMean - spread, this.stepMean + spread);
    const s = this.scaleBuffer.ensure(rows).subarray(0, n);
    fillGaussian(this.rng, s, spread);
    for (let i = 0; i < n; i++) s[i] += this.stepScale;
  }

  /** The noise is a fixed elementwise affine map for the step: dL/da = s ⊙ dL/dy (dy itself without noise). */
  backward(dy: Floats): Floats {
    const n = this.rowCount * this.units;
    const dx = this.dxBuffer.ensure(this.rowCount);
    if (!this.noisy) {
      dx.set(dy.subarray(0, n));
      return dx;
    }
    const s = this.scale;
    for (let i = 0; i < n; i++) dx[i] = s[i] * dy[i];
    return dx;
  }
}
