/**
 * Seeded 2-D toy sets for fast demos, embedded in `inputDim` ≥ 2 dimensions.
 * Dims 0 and 1 hold the noisy pattern q = p + noise·z. Every extra dim j holds the projection of q on a fixed
 * random unit direction (cos φⱼ, sin φⱼ), plus its own Gaussian noise of the same std: every input carries the
 * signal, and a scatter of dims 0–1 shows the pattern. Labels go round-robin (row i has class i mod K), so the
 * classes are balanced and so is any prefix (the probe set). Draw order: the φⱼ, then the train rows, then test.
 */

import { cos, sin } from '../engine/det-math.ts';
import { fillGaussian, type Rng } from '../engine/rng.ts';
import type { Dataset, Split } from './dataset.ts';

export type SyntheticName = 'moons' | 'spiral' | 'blobs';

export interface SyntheticOptions {
  /** ≥ 2 */
  readonly inputDim: number;
  readonly trainSize: number;
  readonly testSize: number;
  /** std of the Gaussian noise per input dim; default SYNTHETIC_NOISE[name] */
  readonly noise?: number;
}

export const SYNTHETIC_CLASSES: Readonly<Record<SyntheticName, number>> = { moons: 2, spiral: 3, blobs: 4 };
const SYNTHETIC_NOISE: Readonly<Record<SyntheticName, number>> = { moons: 0.1, spiral: 0.1, blobs: 0.5 };

type Pattern = (label: number, t: number, classes: number) => readonly [number, number];

/** The noise-free point of class `label` at curve parameter t ∈ [0, 1). */
const PATTERNS: Readonly<Record<SyntheticName, Pattern>> = {
  // sklearn's make_moons, centred: upper (cos πt, sin πt), lower (1 − cos πt, ½ − sin πt), minus (½, ¼)
  moons: (label, t) => {
    const a = Math.PI * t;
    return label === 0 ? [cos(a) - 0.5, sin(a) - 0.25] : [0.5 - cos(a), 0.25 - sin(a)];
  },
  // arm k: radius 2t, angle 2πk/K + 4t (4 radians of winding, as in CS231n's spiral)
  spiral: (label, t, classes) => {
    const angle = (2 * Math.PI * label) / classes + 4 * t;
    return [2 * t * cos(angle), 2 * t * sin(angle)];
  },
  // blob k centred on a corner of the square [−1, 1]², counter-clockwise from (1, 1)
  blobs: (label) => {
    const angle = Math.PI / 4 + (Math.PI / 2) * label;
    return [Math.SQRT2 * cos(angle), Math.SQRT2 * sin(angle)];
  },
};

/** A synthetic data set drawn from `rng` alone: the same generator state gives the same set. */
export function makeSynthetic(name: SyntheticName, options: SyntheticOptions, rng: Rng): Dataset {
  const noise = options.noise ?? SYNTHETIC_NOISE[name];
  checkOptions(name, options, noise);
  const { inputDim } = options;
  const directions = new Float64Array(inputDim);
  for (let j = 2; j < inputDim; j++) directions[j] = 2 * Math.PI * rng.uniform();
  const draw = (rows: number) => drawSplit(name, rows, inputDim, noise, directions, rng);
  const train = draw(options.trainSize);
  const test = draw(options.testSize);
  return { name, inputSize: inputDim, classes: SYNTHETIC_CLASSES[name], train, test };
}

/** Per split: one uniform t per row, then the rows × inputDim noise block, then x = embed(p(t) + noise). */
function drawSplit(
  name: SyntheticName,
  rows: number,
  inputDim: number,
  noise: number,
  directions: Float64Array,
  rng: Rng,
): Split {
  const classes = SYNTHETIC_CLASSES[name];
  const t = new Float64Array(rows);
  for (let i = 0; i < rows; i++) t[i] = rng.uniform();
  const z = new Float64Array(rows * inputDim);
  fillGaussian(rng, z, noise);
  const x = new Float32Array(rows * inputDim);
  const y = new Uint8Array(rows);
  for (let i = 0; i < rows; i++) {
    const label = i % classes;
    const [p0, p1] = PATTERNS[name](label, t[i], classes);
    const row = i * inputDim;
    const q0 = p0 + z[row];
    const q1 = p1 + z[row + 1];
    x[row] = q0;
    x[row + 1] = q1;
    for (let j = 2; j < inputDim; j++) {
      x[row + j] = cos(directions[j]) * q0 + sin(directions[j]) * q1 + z[row + j];
    }
    y[i] = label;
  }
  return { x, y, rows };
}

function checkOptions(name: string, options: SyntheticOptions, noise: number): void {
  if (!Object.hasOwn(PATTERNS, name)) {
    throw new Error(`synthetic: unknown set "${name}", expected moons, spiral or blobs`);
  }
  const { inputDim, trainSize, testSize } = options;
  if (!Number.isInteger(inputDim) || inputDim < 2) {
    throw new Error(`synthetic: expected inputDim ≥ 2, got ${inputDim}`);
  }
  for (const [field, size] of [
    ['trainSize', trainSize],
    ['testSize', testSize],
  ] as const) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`synthetic: expected ${field} ≥ 1, got ${size}`);
  }
  if (!(noise >= 0 && Number.isFinite(noise))) throw new Error(`synthetic: expected noise ≥ 0, got ${noise}`);
}
