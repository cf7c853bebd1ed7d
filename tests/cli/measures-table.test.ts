import { describe, expect, it } from 'vitest';
import { measuresTable } from '../../src/cli/measures-table.ts';
import { configFrom, runOf, runToEnd } from '../lab/run-helpers.ts';

const historyWith = (measure?: { shift: boolean; ics: boolean; landscape: boolean }) =>
  runToEnd(runOf(configFrom('moons-quick', { steps: 20, probeEvery: 10, ...(measure ? { measure } : {}) }))).history;

describe('the measurements table of npm run lab', () => {
  it('is empty when the run took no measurements', () => {
    expect(measuresTable(historyWith())).toBe('');
  });

  it('has a row per probe and net, and columns only for the measurements taken', () => {
    const lines = measuresTable(historyWith({ shift: false, ics: true, landscape: true }))
      .trim()
      .split('\n');
    expect(lines[0].trim().split(/\s{2,}/)).toEqual([
      'step',
      'net',
      'ICS L2 ‖G−G′‖',
      'ICS L2 cos',
      'loss min',
      'loss max',
      'grad pred',
      'β_eff',
    ]);
    expect(lines).toHaveLength(1 + 3 * 2);
    // step 0: nothing measured yet
    expect(lines[1].trim().split(/\s+/)).toEqual(['0', 'plain', '—', '—', '—', '—', '—', '—']);
    expect(lines[4].trim().split(/\s+/).slice(0, 2)).toEqual(['10', 'bn']);
    expect(lines[4]).not.toContain('—');
  });

  it('shows the shift of every hidden layer', () => {
    const header = measuresTable(historyWith({ shift: true, ics: false, landscape: false }))
      .trim()
      .split('\n')[0];
    expect(header.trim().split(/\s{2,}/)).toEqual(['step', 'net', 'shift L1', 'shift L2']);
  });
});
