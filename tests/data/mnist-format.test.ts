import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeMnist } from '../../src/data/mnist-format.ts';
import { loadMnistNode } from '../../src/data/mnist-node.ts';

const PACKAGE_COUNTS = [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978];
const PIXELS = 784;
const packageDir = dirname(createRequire(import.meta.url).resolve('mnist/package.json'));

/** Sample `index` of the package's `<digit>.json`, rounded to float32 as the reference fed it. */
function packageSample(digit: number, index: number): number[] {
  const file = join(packageDir, 'src', 'digits', `${digit}.json`);
  const { data } = JSON.parse(readFileSync(file, 'utf8')) as { data: number[] };
  return data.slice(index * PIXELS, (index + 1) * PIXELS).map(Math.fround);
}

function row(x: Float32Array, i: number): number[] {
  return Array.from(x.subarray(i * PIXELS, (i + 1) * PIXELS));
}

function labelCounts(y: Uint8Array): number[] {
  const counts = new Array<number>(10).fill(0);
  for (const label of y) counts[label]++;
  return counts;
}

/** A valid tiny file: 2 train + 1 test images of side 2. */
function tinyFile(): Uint8Array {
  const bytes = new Uint8Array(24 + 3 + 3 * 4);
  bytes.set(new TextEncoder().encode('BNMNIST1'));
  const view = new DataView(bytes.buffer);
  [2, 1, 2, 2].forEach((v, i) => view.setUint32(8 + 4 * i, v, true));
  bytes.set([3, 7, 9], 24);
  bytes.set([0, 255, 128, 1, 2, 3, 4, 5, 250, 251, 252, 253], 27);
  return bytes;
}

describe('the generated MNIST file', () => {
  const mnist = loadMnistNode();

  it('holds 8,000 train and 2,000 test digits of 28×28 in [0, 1]', () => {
    expect(mnist.name).toBe('mnist');
    expect([mnist.inputSize, mnist.classes, mnist.image?.side]).toEqual([784, 10, 28]);
    expect([mnist.train.rows, mnist.test.rows]).toEqual([8000, 2000]);
    expect([mnist.train.x.length, mnist.test.x.length]).toEqual([8000 * 784, 2000 * 784]);
    expect([mnist.image?.train.length, mnist.image?.test.length]).toEqual([8000 * 784, 2000 * 784]);
  });

  it('has the package label counts minus 200 per digit in train, 200 per digit in test', () => {
    expect(labelCounts(mnist.train.y)).toEqual(PACKAGE_COUNTS.map((c) => c - 200));
    expect(labelCounts(mnist.test.y)).toEqual(new Array(10).fill(200));
  });

  it('is digit-major in package order', () => {
    expect(Array.from(mnist.train.y.subarray(0, 801))).toEqual(new Array(801).fill(0));
    expect(mnist.train.y[801]).toBe(1);
    expect(Array.from(mnist.test.y.subarray(200, 400))).toEqual(new Array(200).fill(1));
  });

  it('train sample 0 equals the first sample of 0.json after Math.fround', () => {
    expect(row(mnist.train.x, 0)).toEqual(packageSample(0, 0));
  });

  it('test sample 0 equals sample 801 of 0.json', () => {
    expect(row(mnist.test.x, 0)).toEqual(packageSample(0, 1001 - 200));
  });

  it('train sample 801 is the first 1 and the last test sample is the last 9', () => {
    expect(row(mnist.train.x, 801)).toEqual(packageSample(1, 0));
    expect(row(mnist.test.x, 1999)).toEqual(packageSample(9, 977));
  });

  it('keeps the raw bytes, with x = round(k/255·1000)/1000', () => {
    const bytes = mnist.image?.train ?? new Uint8Array(0);
    for (let i = 0; i < 784 * 10; i++) {
      expect(mnist.train.x[i]).toBe(Math.fround(Math.round((bytes[i] / 255) * 1000) / 1000));
    }
  });
});

describe('decodeMnist', () => {
  it('decodes a tiny 2 + 1 file of 2×2 images', () => {
    const data = decodeMnist(tinyFile());
    expect(data.inputSize).toBe(4);
    expect(Array.from(data.train.y)).toEqual([3, 7]);
    expect(Array.from(data.test.y)).toEqual([9]);
    expect(Array.from(data.train.x.subarray(0, 4))).toEqual([0, 1, 0.502, 0.004].map(Math.fround));
    expect(Array.from(data.image?.test ?? [])).toEqual([250, 251, 252, 253]);
  });

  it('rejects a wrong magic', () => {
    const bytes = tinyFile();
    bytes[7] = 0x32;
    expect(() => decodeMnist(bytes)).toThrow(/expected magic "BNMNIST1", got "BNMNIST2"/);
  });

  it('rejects a gzipped (not yet inflated) buffer with the magic error', () => {
    const bytes = new Uint8Array(40);
    bytes.set([0x1f, 0x8b, 8]);
    expect(() => decodeMnist(bytes)).toThrow(/expected magic/);
  });

  it('rejects a buffer shorter than the header', () => {
    expect(() => decodeMnist(new Uint8Array(10))).toThrow(/24-byte header, got 10 bytes/);
  });

  it('rejects a truncated body', () => {
    expect(() => decodeMnist(tinyFile().subarray(0, 30))).toThrow(
      /expected 39 bytes .* got 30 \(truncated or corrupt\)/,
    );
  });

  it('rejects labels above 9', () => {
    const bytes = tinyFile();
    bytes[25] = 12;
    expect(() => decodeMnist(bytes)).toThrow(/label 1 is 12/);
  });
});

describe('loadMnistNode', () => {
  it('says how to create a missing file', () => {
    expect(() => loadMnistNode('/nonexistent/mnist.bin.gz')).toThrow(
      /run `npm install` or `node scripts\/prepare-mnist.mjs`/,
    );
  });

  it('says the gzip is corrupt', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bn-lab-mnist-'));
    const path = join(dir, 'mnist.bin.gz');
    writeFileSync(path, new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3]));
    try {
      expect(() => loadMnistNode(path)).toThrow(/corrupt gzip data in .*mnist\.bin\.gz/);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
