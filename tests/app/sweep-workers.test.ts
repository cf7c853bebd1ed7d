import { describe, expect, it } from 'vitest';
import { sweepWorkerCount } from '../../src/app/sweep-workers.ts';

describe('the page’s sweep workers', () => {
  it('leave one core to the lab’s own worker, and are at least one', () => {
    expect([8, 4, 2, 1, undefined].map(sweepWorkerCount)).toEqual([7, 3, 1, 1, 1]);
  });
});
