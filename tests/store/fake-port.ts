/** Test helpers: a port that records what the store sends, and small worker messages. */

import type { RunConfig } from '../../src/protocol/config.ts';
import type { ProbeRecord } from '../../src/protocol/history.ts';
import type { FromWorker, RunStatus, SampleStrip, ToWorker } from '../../src/protocol/messages.ts';
import { createLabStore } from '../../src/store/lab-store.ts';
import type { LabInitial, LabStore } from '../../src/store/lab-state.ts';

export interface FakePort {
  readonly sent: ToWorker[];
  restarts: number;
  send(msg: ToWorker): void;
  restart(): void;
}

export function fakePort(): FakePort {
  return {
    sent: [],
    restarts: 0,
    send(msg) {
      this.sent.push(msg);
    },
    restart() {
      this.restarts += 1;
    },
  };
}

export function storeWithPort(initial: LabInitial = {}): { store: LabStore; port: FakePort } {
  const port = fakePort();
  return { store: createLabStore(port, initial), port };
}

export function status(step: number, running = false): RunStatus {
  return { step, running, finished: false, stepsPerSecond: 100, nets: [] };
}

function probe(step: number): ProbeRecord {
  return {
    step,
    stalled: false,
    trainLoss: 1,
    testLoss: 1,
    testAccuracy: 0.5,
    predictions: new Uint8Array(4),
    layers: [],
  };
}

export const STRIP: SampleStrip = { pixels: new Uint8Array(8), labels: new Uint8Array([3, 1]), count: 2, side: 2 };

export function readyMsg(config: RunConfig): FromWorker {
  return { type: 'ready', config, strip: STRIP, status: status(0), backend: 'wasm' };
}

export function probesMsg(steps: Readonly<Record<string, readonly number[]>>, step = 0): FromWorker {
  const probes = Object.fromEntries(Object.entries(steps).map(([net, list]) => [net, list.map(probe)]));
  return { type: 'probes', probes, status: status(step, true) };
}
