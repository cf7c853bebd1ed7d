import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { initialLoad } from '../../src/cli/bench-dist.ts';
import { num, table, target, targetTable } from '../../src/cli/bench-report.ts';
import { median, quartileMeans, timePerCall } from '../../src/cli/bench-stats.ts';

describe('bench statistics', () => {
  it('median of an odd count is the middle value, of an even count the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('quartileMeans averages the first and the last quarter of a series', () => {
    expect(quartileMeans([1, 1, 5, 5, 5, 5, 9, 9])).toEqual({ first: 1, last: 9 });
    expect(quartileMeans([2, 4])).toEqual({ first: 2, last: 4 });
  });

  it('timePerCall runs a warm-up block, then the asked-for blocks of as many calls', () => {
    let calls = 0;
    const timing = timePerCall(() => calls++, { blocks: 5, minBlockMs: 1 });
    expect(timing.blocks).toHaveLength(5);
    expect(calls).toBe(6 * timing.calls);
    expect(timing.ms).toBeGreaterThanOrEqual(0);
  });
});

describe('bench report', () => {
  it('num keeps about three significant digits, whole numbers whole', () => {
    expect(num(1234.5)).toBe('1,235');
    expect(num(12.34)).toBe('12.3');
    expect(num(1.234)).toBe('1.23');
    expect(num(0.1234)).toBe('0.123');
    expect(num(3)).toBe('3');
  });

  it('table pads every column to its widest cell, text left and numbers right', () => {
    expect(
      table(
        ['name', 'ms'],
        [
          ['plain', '3.7'],
          ['BN', '12.5'],
        ],
      ),
    ).toBe('  name     ms\n  plain   3.7\n  BN     12.5\n');
  });

  it('a target is met, missed or not measured, and says which with ✓, ✗ or –', () => {
    const met = target('initial JS', 125, 250, 'atMost', ' kB');
    const missed = target('speed-up', 4, 15, 'atLeast', '×');
    const missing = target('native', null, 0.35, 'atLeast', '', 'native: not available');
    expect([met.met, missed.met, missing.met]).toEqual([true, false, null]);
    expect(met.goal).toBe('≤ 250 kB');
    expect(missed.shown).toBe('4×');
    const text = targetTable([met, missed, missing]);
    expect(text).toMatch(/✓ +initial JS +≤ 250 kB +125 kB/);
    expect(text).toMatch(/✗ +speed-up +≥ 15× +4×/);
    expect(text).toMatch(/– +native +≥ 0.35 +native: not available/);
  });
});

describe('initialLoad', () => {
  it('sums the gzip of the entry chunk and its static imports, not its dynamic ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bn-lab-manifest-'));
    mkdirSync(join(dir, '.vite'));
    mkdirSync(join(dir, 'assets'));
    const files = { 'assets/index.js': 'a'.repeat(5000), 'assets/shared.js': 'b'.repeat(3000), 'assets/lazy.js': 'c' };
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
    writeFileSync(join(dir, 'assets/lab.worker.js'), 'w'.repeat(100));
    writeFileSync(join(dir, 'assets/index.css'), 'body{}');
    const manifest = {
      'index.html': {
        file: 'assets/index.js',
        isEntry: true,
        imports: ['shared'],
        dynamicImports: ['lazy'],
        css: ['assets/index.css'],
        assets: ['assets/lab.worker.js'],
      },
      shared: { file: 'assets/shared.js' },
      lazy: { file: 'assets/lazy.js', isDynamicEntry: true },
    };
    writeFileSync(join(dir, '.vite/manifest.json'), JSON.stringify(manifest));
    const gz = (text: string) => gzipSync(text).length;
    const load = initialLoad(dir);
    expect(load.jsFiles).toEqual(['assets/index.js', 'assets/shared.js']);
    expect(load.jsGzip).toBe(gz(files['assets/index.js']) + gz(files['assets/shared.js']));
    expect(load.cssGzip).toBe(gz('body{}'));
    expect(load.workerGzip).toBe(gz('w'.repeat(100)));
  });
});
