import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sweepGrid } from '../../src/protocol/sweep.ts';
import { LAB, lab, ROOT } from './run-lab.ts';

const sweep = (...args: string[]) => lab('sweep', ...args);

/** Two moons on a ReLU net of 8 units: ten runs of 60 steps take well under a second each. */
const TINY = ['--preset', 'moons-quick', '--hidden', '8', '--activation', 'relu', '--steps', '60'];

describe('npm run lab -- sweep', () => {
  it('runs every kind at every rate on worker threads and writes the results in the plan’s order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bn-lab-sweep-'));
    const out = join(dir, 'sweep.json');
    const run = sweep(
      ...TINY,
      ...['--nets', 'bn,none', '--lr-min', '0.01', '--lr-max', '1000', '--count', '5', '--workers', '2', '--out', out],
    );
    expect(run.stderr).toMatch(
      /^sweep: 10 runs \(bn, none × 5 rates from 0\.01 to 1000\), 60 steps each, on 2 worker threads$/m,
    );
    expect(run.stderr).toMatch(/^progress: 10\/10 runs /m);
    expect(run.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['sweep.json']);
    const file = JSON.parse(readFileSync(out, 'utf8'));
    expect(file.version).toBe(1);
    expect(file.config).toMatchObject({ dataset: 'moons', hidden: [8], activation: 'relu' });
    expect(file.sweep).toEqual({ kinds: ['bn', 'none'], lrMin: 0.01, lrMax: 1000, count: 5, steps: 60, probeEvery: 6 });
    expect(file.grid).toEqual(sweepGrid(0.01, 1000, 5));
    expect(file.results.map((r: { norm: string; lr: number }) => [r.norm, r.lr])).toEqual(
      ['bn', 'none'].flatMap((norm) => file.grid.map((lr: number) => [norm, lr])),
    );
    // the plain ReLU net blows up at lr 1000
    expect(file.results.some((r: { diverged: unknown }) => r.diverged !== null)).toBe(true);
    for (const r of file.results) {
      expect(Object.keys(r)).toEqual([
        'norm',
        'lr',
        'finalTestAccuracy',
        'finalTestLoss',
        'finalTrainLoss',
        'diverged',
        'stalled',
        'steps',
      ]);
      // a diverged run has no final values: null, as NaN is written
      if (r.diverged) expect([r.finalTestAccuracy, r.steps < 60]).toEqual([null, true]);
      else expect([typeof r.finalTestAccuracy, r.steps]).toEqual(['number', 60]);
    }
  });

  it('writes the same file twice for the same flags, whatever the number of workers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bn-lab-sweep-'));
    const flags = [...TINY, '--count', '3', '--quiet'];
    expect(sweep(...flags, '--workers', '1', '--out', join(dir, 'a.json')).code).toBe(0);
    expect(sweep(...flags, '--workers', '3', '--out', join(dir, 'b.json')).code).toBe(0);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe(readFileSync(join(dir, 'b.json'), 'utf8'));
  });

  it('prints a table of rates by kind when no --out is given', () => {
    const { code, stdout, stderr } = sweep(...TINY, '--lr-min', '0.1', '--lr-max', '1000', '--count', '2', '--quiet');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trim().split('\n');
    expect(header).toMatch(
      /^\s*lr\s+plain test acc\s+plain test loss\s+plain status\s+bn test acc\s+bn test loss\s+bn status$/,
    );
    expect(rows.map((r) => r.trim().split(/\s+/)[0])).toEqual(['0.1', '1000']);
    expect(rows[0]).toMatch(/\s(ok|stalled)\s/);
  });

  it.each([
    [['--count', '0'], /the number of rates must be between 1 and 50, got 0/],
    [['--lr-min', '1', '--lr-max', '0.1'], /the highest rate \(0\.1\) must not be below the lowest \(1\)/],
    [['--nets', 'none,bn@30'], /--nets: a sweep sets every rate itself, give kinds without @lr/],
    [['--nets', 'bn,bn'], /each kind is swept once, but bn is listed twice/],
    [['--lr', '3'], /--lr: a sweep sets the rates with --lr-min, --lr-max and --count/],
    [['--lr-bn', '3'], /--lr-bn: a sweep sets the rates/],
    [['--workers', '0'], /--workers must be between 1 and 256, got 0/],
    [['--csv', 'dir'], /csv/],
    [
      ['--out', '/no-such-folder-of-bn-lab/sweep.json'],
      /--out: there is no folder \/no-such-folder-of-bn-lab to write sweep\.json in/,
    ],
  ])('refuses %j in one line, with exit code 2', (args, message) => {
    const { code, stderr } = sweep('--preset', 'moons-quick', ...args);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it('explains itself with --help', () => {
    const { code, stdout } = sweep('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/--lr-min X/);
    expect(stdout).toMatch(/exits with code 130/);
  });
});

describe('npm run lab -- sweep, interrupted', () => {
  it('stops on Ctrl-C with exit code 130 and leaves neither the file nor a temporary one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bn-lab-sweep-'));
    // 100 runs: the first finishes long before the last
    const args = ['--preset', 'moons-quick', '--hidden', '8', '--steps', '3000', '--count', '50', '--workers', '2'];
    const child = spawn(process.execPath, [...LAB, 'sweep', ...args, '--out', join(dir, 'sweep.json')], { cwd: ROOT });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve) => {
      child.on('exit', () => resolve());
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/^progress: 1\/100 runs/m.test(stderr)) resolve();
      });
    });
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/sweep: interrupted, nothing written/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
