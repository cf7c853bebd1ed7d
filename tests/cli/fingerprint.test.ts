import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lab } from './run-lab.ts';
import { historyFromJson } from '../../src/protocol/history-json.ts';
import { historyFingerprint } from '../../src/protocol/history-fingerprint.ts';

const printed = (text: string) => /^run fingerprint #([0-9a-f]{16}) /m.exec(text)?.[1];

describe('the run fingerprint of npm run lab', () => {
  const run = ['--preset', 'moons-quick', '--steps', '40', '--probe-every', '20'];

  it('follows the progress on stderr of a run with --out, and is the fingerprint of the file’s probes', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'bn-lab-cli-')), 'run.json');
    const { code, stdout, stderr } = lab(...run, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const history = historyFromJson(readFileSync(out, 'utf8'));
    const probes = Object.fromEntries(Object.entries(history.nets).map(([name, net]) => [name, net.probes]));
    expect(printed(stderr)).toBe(historyFingerprint(probes));
    expect(stderr.trimEnd().split('\n').at(-1)).toMatch(/^run fingerprint #/);
  });

  it('ends the summary table, the same value for the same config', () => {
    const table = lab(...run, '--quiet');
    expect(table.code).toBe(0);
    expect(table.stdout.trimEnd().split('\n').at(-1)).toMatch(/^run fingerprint #[0-9a-f]{16} /);
    expect(printed(table.stdout)).toBe(
      printed(lab(...run, '--out', join(mkdtempSync(join(tmpdir(), 'bn-lab-cli-')), 'run.json')).stderr),
    );
  });
});
