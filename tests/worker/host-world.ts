/**
 * Worker threads on one fake clock: every postMessage and every scheduled tick is a task, run in order by drain(),
 * so a test sees the same interleaving each time. A split host's nets are LabHosts, as in their own workers.
 */

import type { ProbeRecord } from '../../src/protocol/history.ts';
import type { FromNetWorker, FromWorker, ToWorker } from '../../src/protocol/messages.ts';
import { LabHost } from '../../src/worker/lab-host.ts';
import { SplitHost } from '../../src/worker/split-host.ts';

export function world() {
  const tasks: (() => unknown)[] = [];
  let clock = 0;
  /** training ticks scheduled so far, over every host of this world */
  let ticks = 0;
  const env = {
    now: () => (clock += 5),
    schedule: (tick: () => void) => {
      ticks++;
      tasks.push(tick);
    },
  };
  const noMnist = () => Promise.reject(new Error('no MNIST here'));
  const posted: FromWorker[] = [];
  const drain = async (limit = 200_000) => {
    for (let n = 0; n < limit && tasks.length > 0; n++) await tasks.shift()!();
  };
  const single = () => {
    const host = new LabHost({ ...env, post: (m) => posted.push(m as FromWorker), loadMnist: noMnist });
    return { host, send: (m: ToWorker) => tasks.push(() => host.handle(m)) };
  };
  const split = () => {
    const host = new SplitHost({
      now: env.now,
      post: (m) => posted.push(m),
      spawn: (onMessage: (m: FromNetWorker) => void) => {
        const net = new LabHost(
          { ...env, post: (m) => tasks.push(() => onMessage(m)), loadMnist: noMnist },
          { thin: false },
        );
        return { post: (m) => tasks.push(() => net.handle(m)), terminate: () => undefined };
      },
    });
    return { host, send: (m: ToWorker) => tasks.push(() => host.handle(m)) };
  };
  const probes = () => {
    const byNet: Record<string, ProbeRecord[]> = {};
    for (const m of posted)
      if (m.type === 'probes') for (const [name, rs] of Object.entries(m.probes)) (byNet[name] ??= []).push(...rs);
    return byNet;
  };
  const of = <T extends FromWorker['type']>(type: T) =>
    posted.filter((m): m is Extract<FromWorker, { type: T }> => m.type === type);
  /** the last status the page was sent */
  const lastStatus = () => posted.flatMap((m) => ('status' in m ? [m.status] : [])).at(-1);
  return { drain, single, split, probes, of, posted, lastStatus, ticks: () => ticks };
}
