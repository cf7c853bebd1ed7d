import { describe, expect, it } from 'vitest';
import { critiqueReport } from '../../src/cli/critique-report.ts';
import { namedNets } from '../../src/protocol/config.ts';
import { configFrom, runOf, runToEnd } from '../lab/run-helpers.ts';

const ALL = { shift: true, ics: true, landscape: true };

const report = () =>
  critiqueReport(
    runToEnd(
      runOf(
        configFrom('moons-quick', {
          steps: 1000,
          probeEvery: 500,
          nets: namedNets([{ norm: 'none' }, { norm: 'bn' }, { norm: 'noisy-bn' }]),
          measure: ALL,
        }),
      ),
    ).history,
  );

const cells = (line: string) => line.trim().split(/\s{2,}/);

describe('the santurkar scene’s report', () => {
  it('gives shift, ICS and β_eff per net at the quoted steps the run probed, then their means and the gap to BN', () => {
    const [atSteps, means, gaps] = report().trim().split('\n\n');
    const rows = atSteps.split('\n');
    expect(cells(rows[0])).toEqual([
      'step',
      'net',
      'test acc',
      'shift L2 |Δμ|',
      'shift L2 |Δσ|',
      'ICS L2 ‖G−G′‖ / cos',
      'β_eff',
    ]);
    // steps 500 and 1,000 of the quoted ones, three nets each
    expect(rows.slice(1).map((row) => cells(row).slice(0, 2))).toEqual(
      ['500', '1,000'].flatMap((step) => ['plain', 'bn', 'noisy-bn'].map((net) => [step, net])),
    );
    for (const row of rows.slice(1)) expect(row).not.toContain('—');
    const meanRows = means.split('\n').slice(1);
    expect(meanRows.map((row) => cells(row).slice(0, 2))).toEqual([
      ['2 probes', 'plain'],
      ['2 probes', 'bn'],
      ['2 probes', 'noisy-bn'],
    ]);
    expect(gaps.split('\n')).toEqual([
      expect.stringMatching(/^plain: at most \d+\.\d points from bn from step 500 on$/),
      expect.stringMatching(/^noisy-bn: at most \d+\.\d points from bn from step 500 on$/),
    ]);
  });
});
