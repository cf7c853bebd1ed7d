/** A classification data set as flat row-major arrays, ready for the engine. */

import type { DatasetName } from '../protocol/config.ts';

/** One split: `rows` samples of `inputSize` features each. */
export interface Split {
  /** rows × inputSize, row-major */
  readonly x: Float32Array;
  /** class label per row, in [0, classes) */
  readonly y: Uint8Array;
  readonly rows: number;
}

/** The raw bytes behind an image data set (the UI draws digits from them). */
interface ImageBytes {
  /** side length of a square image */
  readonly side: number;
  /** train.rows × side², bytes 0–255, in train-index order */
  readonly train: Uint8Array;
  /** test.rows × side², bytes 0–255 */
  readonly test: Uint8Array;
}

export interface Dataset {
  readonly name: DatasetName;
  readonly inputSize: number;
  readonly classes: number;
  readonly train: Split;
  readonly test: Split;
  /** image data sets only (MNIST) */
  readonly image?: ImageBytes;
}
