/** The learning-rate sweep of the page: a pool of workers of its own (protocol/sweep-pool.ts), results by job. */

import { startSweepPool, type SweepPoolHandle } from '../protocol/sweep-pool.ts';
import { planSweep, type SweepPlan } from '../protocol/sweep.ts';
import type { LabSlice, SweepPort, SweepSlice, SweepState } from './lab-state.ts';

const IDLE: SweepState = { status: 'idle', plan: null, results: [], stepsDone: 0, error: null };

/** Where a page without Web Workers ends up (none of today's browsers). */
const NO_WORKERS: SweepPort = {
  spawn: () => {
    throw new Error('this browser cannot start background workers');
  },
  workers: 1,
  dataUrl: '',
};

export function createSweepSlice(port: SweepPort = NO_WORKERS): LabSlice<SweepSlice> {
  return (set, get) => {
    let pool: SweepPoolHandle | null = null;
    /** events of a sweep that was replaced or cancelled are dropped */
    const whileCurrent =
      <A extends unknown[]>(plan: SweepPlan, apply: (...args: A) => Partial<SweepState>) =>
      (...args: A): void => {
        if (get().sweep.plan === plan) set((s) => ({ sweep: { ...s.sweep, ...apply(...args) } }));
      };
    const stop = (): void => {
      pool?.cancel();
      pool = null;
    };
    return {
      sweep: IDLE,
      startSweep: (request) => {
        let plan: SweepPlan;
        try {
          plan = planSweep(get().config, request);
        } catch (error) {
          set((s) => ({ sweep: { ...s.sweep, error: error instanceof Error ? error.message : String(error) } }));
          return false;
        }
        stop();
        set({ sweep: { status: 'running', plan, results: plan.jobs.map(() => null), stepsDone: 0, error: null } });
        pool = startSweepPool(
          plan,
          { spawn: port.spawn, workers: port.workers, dataUrl: port.dataUrl },
          {
            progress: whileCurrent(plan, (stepsDone: number) => ({ stepsDone })),
            result: whileCurrent(plan, (index: number, result) => {
              const results = [...get().sweep.results];
              results[index] = result;
              return { results };
            }),
            finished: whileCurrent(plan, () => ({ status: 'done' })),
            failed: whileCurrent(plan, (error: string) => ({ status: 'failed', error })),
          },
        );
        return true;
      },
      cancelSweep: () => {
        stop();
        set((s) => (s.sweep.status === 'running' ? { sweep: { ...s.sweep, status: 'cancelled' } } : {}));
      },
    };
  };
}
