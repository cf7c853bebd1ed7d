import { gzipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/engine/rng.ts';
import { historyToJson } from '../../src/protocol/history-json.ts';
import { isGzip } from '../../src/protocol/is-gzip.ts';
import { fileSizeProblem, MAX_RUN_FILE_BYTES, runFromBytes } from '../../src/protocol/run-file.ts';
import { configFrom, runOf, runToEnd } from '../lab/run-helpers.ts';

const history = runToEnd(runOf(configFrom('moons-quick', { steps: 40, probeEvery: 20 }))).history;
const text = historyToJson(history) + '\n';
const plain = strToU8(text);
const gzipped = gzipSync(plain, { level: 9 });

/** The file's JSON with one change. */
function edited(change: (json: Record<string, unknown>) => void): Uint8Array {
  const json = JSON.parse(text) as Record<string, unknown>;
  change(json);
  return strToU8(JSON.stringify(json));
}

describe('reading a saved run from its bytes', () => {
  it('tells gzip by its first two bytes, 1f 8b, whatever the file is called', () => {
    expect(isGzip(gzipped)).toBe(true);
    expect(isGzip(plain)).toBe(false);
    expect(isGzip(Uint8Array.of(0x1f))).toBe(false);
    expect(isGzip(Uint8Array.of(0x8b, 0x1f))).toBe(false);
  });

  it('reads the CLI’s JSON, plain or gzipped, as the same run', () => {
    const fromPlain = runFromBytes(plain);
    expect(runFromBytes(gzipped)).toEqual(fromPlain);
    expect(fromPlain.config).toEqual(history.config);
    expect(historyToJson(fromPlain) + '\n').toBe(text);
  });

  it.each<[string, () => Uint8Array, RegExp]>([
    [
      'a truncated file',
      () => plain.subarray(0, plain.length >> 1),
      /^the JSON ends early: the file looks cut short \(.+\)$/,
    ],
    ['a truncated gzip', () => gzipped.subarray(0, gzipped.length >> 1), /^the gzip data is damaged \(.+\)$/],
    ['an empty file', () => new Uint8Array(0), /^the file is empty$/],
    ['a newer version', () => edited((json) => (json.version = 3)), /^history\.version must be 1 or 2, got 3$/],
    [
      'a NaN token, which JSON has not',
      () => strToU8(text.replace(/"testLoss":[^,]+/, '"testLoss":NaN')),
      /^this is not JSON/,
    ],
    [
      'a word where a number must be',
      () =>
        edited((json) => {
          const nets = json.nets as Record<string, { probes: Record<string, unknown>[] }>;
          nets.bn.probes[1].testLoss = 'NaN';
        }),
      /^history\.nets\.bn\.probes\[1\]\.testLoss must be a number$/,
    ],
    ['some other JSON', () => strToU8('{"name": "bn-lab", "private": true}'), /^this JSON is not a BN Lab run/],
    ['a JSON list', () => strToU8('[1, 2, 3]'), /^a history is a JSON object$/],
    [
      'a net of the config missing',
      () => edited((json) => delete (json.nets as Record<string, unknown>).bn),
      /^history\.nets\.bn is missing/,
    ],
    [
      'learning-rate changes that are not pairs',
      () => edited((json) => ((json.nets as Record<string, Record<string, unknown>>).plain.lrChanges = [[0]])),
      /^history\.nets\.plain\.lrChanges\[0\] must be a \[step, lr\] pair of numbers$/,
    ],
  ])('gives one message naming what is wrong for %s', (_, bytes, message) => {
    expect(() => runFromBytes(bytes())).toThrow(message);
  });

  it('says random bytes are neither text nor gzip, and megabytes of junk text are not JSON', () => {
    const rng = mulberry32(12);
    const random = Uint8Array.from({ length: 1 << 20 }, () => rng.nextU32() & 0xff);
    random[0] = 0xff;
    expect(() => runFromBytes(random)).toThrow(/^it is not a text file, nor gzip$/);
    const junk = strToU8('lorem ipsum '.repeat(50 * 87_382));
    expect(() => runFromBytes(junk)).toThrow(/^this is not JSON/);
  });

  it('refuses a file over 100 MB before reading it, and a gzip that unpacks to over 256 MB as it unpacks', () => {
    expect(fileSizeProblem(MAX_RUN_FILE_BYTES)).toBeNull();
    expect(fileSizeProblem(MAX_RUN_FILE_BYTES + 1)).toBe('it is 100 MB, and runs over 100 MB are not opened');
    expect(fileSizeProblem(150 * 1024 * 1024)).toBe('it is 150 MB, and runs over 100 MB are not opened');
    // 300 MB of spaces pack into about 300 kB
    const bomb = gzipSync(new Uint8Array(300 * 1024 * 1024).fill(0x20), { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(() => runFromBytes(bomb)).toThrow(/^it unpacks to more than 256 MB, and such runs are not opened$/);
  });
});
