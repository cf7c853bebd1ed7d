import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lab } from './run-lab.ts';

describe('npm run lab', () => {
  it('runs a synthetic preset headless and writes the history as JSON and CSV', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bn-lab-cli-'));
    const out = join(dir, 'run.json');
    const { code, stderr } = lab(
      '--preset',
      'moons-quick',
      '--steps',
      '100',
      '--probe-every',
      '50',
      '--lr-bn',
      '2',
      '--out',
      out,
      '--csv',
      join(dir, 'csv'),
    );
    expect(code).toBe(0);
    expect(stderr).toMatch(/progress: 100\/100 steps/);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.version).toBe(2);
    expect(json.config).toMatchObject({ dataset: 'moons', steps: 100, probeEvery: 50 });
    expect(Object.keys(json.nets)).toEqual(['plain', 'bn']);
    expect(json.nets.bn).toMatchObject({ norm: 'bn', diverged: null, lrChanges: [[0, 2]] });
    expect(json.nets.plain.lrChanges).toEqual([[0, 0.5]]);
    expect(json.nets.plain.probes.map((p: { step: number }) => p.step)).toEqual([0, 50, 100]);
    const layer = json.nets.bn.probes[1].layers[0];
    expect(layer.histogram.counts).toHaveLength(64);
    expect(layer.histogram.edges).toHaveLength(65);
    expect(layer.percentiles.p50).toHaveLength(16);
    expect(Object.keys(layer)).toEqual(
      expect.arrayContaining(['rawHistogram', 'gamma', 'beta', 'saturation', 'gradNorm', 'updateRatio']),
    );
    expect(JSON.stringify(json)).not.toMatch(/NaN|Infinity/);
    expect(readdirSync(join(dir, 'csv')).sort()).toEqual([
      'histograms.csv',
      'layers.csv',
      'lr_changes.csv',
      'percentiles.csv',
      'probes.csv',
    ]);
  });

  it('prints a summary table when no --out is given', () => {
    const { code, stdout } = lab('--preset', 'moons-quick', '--steps', '20', '--probe-every', '10', '--quiet');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^step\s+plain test acc\s+plain test loss/);
    expect(stdout).toMatch(/^\s+20\s/m);
  });

  it('rejects a bad flag or value with one line naming it and exit code 2', () => {
    for (const [args, said] of [
      [['--stepz', '5'], /stepz/],
      [['--steps', '5k'], /--steps must be a number, got "5k"/],
      [['--hidden', '100,0'], /width of hidden layer 2/],
      [['--init', 'uniform'], /init must be gauss:σ, torchdefault or xavier/],
      [['--dataset', 'cifar'], /dataset must be one of mnist, moons, spiral, blobs/],
      [['--preset', 'nope'], /--preset must be one of/],
    ] as const) {
      const { code, stderr } = lab(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(stderr).toMatch(said);
    }
  });

  it('explains itself with --help', () => {
    const { code, stdout } = lab('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/--preset NAME/);
    expect(stdout).toMatch(/--csv DIR/);
  });
});

describe('npm run lab --nets', () => {
  it('trains one to four nets of the kinds given, each with its own rate where asked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bn-lab-cli-'));
    const out = join(dir, 'run.json');
    const { code, stderr } = lab(
      ...['--preset', 'moons-quick', '--steps', '40', '--probe-every', '20', '--quiet'],
      ...['--nets', 'none,bn,bn-fixed,none', '--lr', '0.3', '--lr-plain-2', '2', '--lr-bn-fixed=0.1', '--out', out],
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.config.nets).toEqual([
      { name: 'plain', norm: 'none' },
      { name: 'bn', norm: 'bn' },
      { name: 'bn-fixed', norm: 'bn-fixed', lr: 0.1 },
      { name: 'plain-2', norm: 'none', lr: 2 },
    ]);
    expect(Object.values(json.nets).map((n) => (n as { lrChanges: unknown }).lrChanges)).toEqual([
      [[0, 0.3]],
      [[0, 0.3]],
      [[0, 0.1]],
      [[0, 2]],
    ]);
  });

  it('runs noisy-bn with the critique’s measurements and writes them per layer and per probe', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bn-lab-cli-'));
    const out = join(dir, 'run.json');
    const { code, stderr } = lab(
      ...['--preset', 'moons-quick', '--steps', '20', '--probe-every', '10', '--quiet'],
      ...['--nets', 'bn,noisy-bn', '--shift', '--ics', '--landscape', '--out', out, '--csv', join(dir, 'csv')],
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.config.measure).toEqual({ shift: true, ics: true, landscape: true });
    const [first, second] = json.nets['noisy-bn'].probes;
    expect(first.landscape).toBeNull();
    expect(first.layers[0]).toMatchObject({ shift: null, ics: null });
    expect(Object.keys(second.landscape)).toEqual(['lossMin', 'lossMax', 'gradPredictiveness', 'betaEff']);
    expect(second.layers[0].ics).toEqual({ l2: 0, cos: 1 });
    expect(Object.keys(second.layers[1].shift)).toEqual(['mean', 'std']);
    expect(readFileSync(join(dir, 'csv', 'layers.csv'), 'utf8')).toMatch(/,shift_mean,shift_std,ics_l2,ics_cos\n/);
  });

  it.each([
    [
      ['--nets', 'none,layer-norm'],
      /--nets: a net is one of none, bn, bn-fixed, center-stopgrad, noisy-bn, optionally @lr, got layer-norm/,
    ],
    [['--nets', 'none,bn,none,bn,none'], /nets must list 1 to 4 networks/],
    [['--lr-bn-2', '3'], /--lr-bn-2: there is no net named bn-2 \(the nets are plain, bn\)/],
  ])('refuses %j in one line, with exit code 2', (args, message) => {
    const { code, stderr } = lab('--preset', 'moons-quick', '--steps', '5', ...args);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});

/** A scene shortened to 30 steps, probed every 15 on 200 test digits (20 of each class). */
const quickScene = (name: string) =>
  ['--scene', name, '--steps', '30', '--probe-every', '15', '--probe-size', '200', '--quiet'] as const;

describe('npm run lab --scene', () => {
  it('runs a lesson’s scene and prints the numbers of its point: center-trap prints ‖b1‖ per probe', () => {
    const { code, stdout } = lab(...quickScene('center-trap'));
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trim().split('\n');
    expect(header).toMatch(
      /^step\s+center-stopgrad ‖b1‖\s+center-stopgrad test acc\s+bn ‖b1‖\s+bn test acc\s+plain ‖b1‖/,
    );
    expect(rows.map((r) => r.trim().split(/\s+/)[0])).toEqual(['0', '15', '30']);
    // the BN net has no hidden bias
    expect(rows[2].trim().split(/\s+/)[3]).toBe('—');
  });

  it('inference prints accuracy by statistics and inference batch size; batch 1 is a constant prediction', () => {
    const { code, stdout } = lab(...quickScene('inference'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^test accuracy at step 30$/m);
    expect(stdout).toMatch(/^\s+running statistics\s+[\d.]+%\s+[\d.]+%$/m);
    expect(stdout).toMatch(/^\s*population \(Algorithm 2\)/m);
    // the probe set holds 20 digits of each class, so a constant prediction scores 10 %
    expect(stdout).toMatch(/^\s+batch of 1\s+[\d.]+%\s+10\.0%$/m);
    expect(stdout).toMatch(/^\s+batch of 60\s/m);
  });

  it('regularizer prints p(true) of a borderline digit over batches: no spread without BN', () => {
    const { code, stdout } = lab(...quickScene('regularizer'));
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^probe digit \d+ \(a \d\), p\(true\) [\d.]+ in inference mode, in 200 training-mode batches:$/m,
    );
    expect(stdout).toMatch(/^plain\s+([\d.]+)\s+\1\s+0\.000\s+0\.0%$/m);
    expect(stdout).toMatch(/^\s+bn\s+[\d.]+\s+[\d.]+\s+0\.\d*[1-9]\d*\s/m);
  });

  it('scale-invariance prints L(a) and a·‖∇L‖(a) for 13 factors, flat for BN', () => {
    const { code, stdout } = lab(...quickScene('scale-invariance'));
    expect(code).toBe(0);
    const [head, header, ...rows] = stdout.trim().split('\n');
    expect(head).toBe('W3 scaled by a at step 30, on the last training batch:');
    expect(header).toMatch(/^\s+a\s+plain L\(a\)\s+plain a·‖∇L‖\(a\)\s+bn L\(a\)\s+bn a·‖∇L‖\(a\)$/);
    expect(rows).toHaveLength(13);
    const bnLoss = rows.map((r) => Number(r.trim().split(/\s+/)[3]));
    const at1 = bnLoss[6];
    for (const loss of bnLoss.slice(6)) expect(Math.abs(loss - at1) / at1).toBeLessThan(1e-3);
  });

  it('lists the scenes in --help and refuses an unknown one', () => {
    expect(lab('--help').stdout).toMatch(/fig1 \| saturation \| center-trap \| why-gamma-beta/);
    const { code, stderr } = lab('--scene', 'fig2');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--scene must be one of fig1, saturation/);
  });
});
