import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FromWorker, ToWorker } from '../../src/protocol/messages.ts';
import { createWorkerConnection, defaultDataUrl, type WorkerLike } from '../../src/app/worker-connection.ts';
import { createLabStore } from '../../src/store/lab-store.ts';
import type { LabInitial } from '../../src/store/lab-state.ts';
import { probesMsg, readyMsg } from '../store/fake-port.ts';

class FakeWorker implements WorkerLike {
  readonly posted: ToWorker[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  postMessage(message: ToWorker): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  emit(data: FromWorker): void {
    this.onmessage?.(new MessageEvent('message', { data }));
  }
}

function connected(initial: LabInitial = {}) {
  const workers: FakeWorker[] = [];
  const connection = createWorkerConnection({
    createWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    dataUrl: 'http://localhost/data/mnist.bin.gz',
  });
  const store = createLabStore(connection, initial);
  connection.attach(store);
  return { connection, store, workers };
}

describe('worker connection', () => {
  it('inits the worker with the store’s config, the data URL and the speed', () => {
    const { store, workers } = connected();
    expect(workers).toHaveLength(1);
    expect(workers[0].posted).toEqual([
      { type: 'init', config: store.getState().config, dataUrl: 'http://localhost/data/mnist.bin.gz' },
      { type: 'set-speed', stepsPerTick: store.getState().speed },
    ]);
  });

  it('asks for a link’s replay right after init, so the worker plays to its step once the nets are built', () => {
    const { workers } = connected({ stop: { step: 1200, scrub: 1100 } });
    expect(workers[0].posted.map((m) => m.type)).toEqual(['init', 'set-speed', 'play-until']);
    expect(workers[0].posted[2]).toEqual({ type: 'play-until', step: 1200 });
  });

  it('sends the store’s commands to the worker', () => {
    const { store, workers } = connected();
    store.getState().play();
    store.getState().setLearningRate(0.5);
    expect(workers[0].posted.slice(2)).toEqual([
      { type: 'play' },
      { type: 'set-config', config: store.getState().config },
    ]);
  });

  it('routes the worker’s messages into the store', () => {
    const { store, workers } = connected();
    workers[0].emit({ type: 'loading', loaded: 1, total: 2 });
    expect(store.getState().loading).toEqual({ loaded: 1, total: 2 });
    workers[0].emit(readyMsg(store.getState().config));
    workers[0].emit(probesMsg({ plain: [0], bn: [0] }));
    expect(store.getState().ready).toBe(true);
    expect(store.getState().probes.bn).toHaveLength(1);
  });

  describe('a worker that says nothing at all', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('is started again after 20 s with the same init and replay, and after three silent starts the page says so', () => {
      vi.useFakeTimers();
      const { store, workers } = connected({ stop: { step: 800, scrub: null } });
      const first = workers[0].posted;
      expect(first.at(-1)).toEqual({ type: 'play-until', step: 800 });
      vi.advanceTimersByTime(19_999);
      expect(workers).toHaveLength(1);
      vi.advanceTimersByTime(1);
      expect(workers).toHaveLength(2);
      expect(workers[0].terminated).toBe(true);
      expect(workers[1].posted).toEqual(first);
      vi.advanceTimersByTime(20_000);
      expect(workers).toHaveLength(3);
      expect(store.getState().error).toBeNull();
      vi.advanceTimersByTime(20_000);
      expect(workers).toHaveLength(3);
      expect(workers[2].terminated).toBe(true);
      expect(store.getState().error).toEqual({
        message: 'The lab worker did not start: it said nothing for 20 s, 3 times.',
        fatal: true,
      });
    });

    it('is left alone once it has said anything, however long the rest takes', () => {
      vi.useFakeTimers();
      const { store, workers } = connected();
      vi.advanceTimersByTime(5_000);
      workers[0].emit({ type: 'loading', loaded: 0, total: 0 });
      vi.advanceTimersByTime(120_000);
      expect(workers).toHaveLength(1);
      expect(workers[0].terminated).toBe(false);
      expect(store.getState().error).toBeNull();
    });
  });

  it('reports a worker error as a fatal, readable store error', () => {
    const { store, workers } = connected();
    workers[0].onerror?.(
      new ErrorEvent('error', { message: 'boom', filename: 'http://x/assets/lab.worker.js', lineno: 12 }),
    );
    expect(store.getState().error).toEqual({
      message: 'The lab worker crashed: boom (lab.worker.js:12).',
      fatal: true,
    });
  });

  it('reports a worker that fails without a message, and an unreadable message', () => {
    const { store, workers } = connected();
    workers[0].onerror?.(new ErrorEvent('error'));
    expect(store.getState().error?.message).toMatch(/could not start or crashed/);
    workers[0].onmessageerror?.(new MessageEvent('messageerror'));
    expect(store.getState().error).toEqual({
      message: 'A message from the lab worker could not be read.',
      fatal: true,
    });
  });

  it('restartWorker terminates the worker, starts a new one and inits it with the current config', () => {
    const { store, workers } = connected();
    workers[0].emit({ type: 'error', message: 'dead', fatal: true });
    store.getState().setBatchSize(30);
    store.getState().restartWorker();
    expect(workers).toHaveLength(2);
    expect(workers[0].terminated).toBe(true);
    expect(workers[0].onmessage).toBeNull();
    expect(workers[1].posted[0]).toEqual({
      type: 'init',
      config: store.getState().config,
      dataUrl: expect.any(String),
    });
    expect(store.getState().error).toBeNull();
  });

  it('a worker that cannot be created is a fatal error', () => {
    const connection = createWorkerConnection({
      createWorker: () => {
        throw new Error('module workers are not supported');
      },
    });
    const store = createLabStore(connection);
    connection.attach(store);
    expect(store.getState().error).toEqual({
      message: 'The lab worker could not be created: module workers are not supported.',
      fatal: true,
    });
  });

  it('the default data URL is data/mnist.bin.gz resolved against the page', () => {
    expect(defaultDataUrl()).toBe(new URL(`${import.meta.env.BASE_URL}data/mnist.bin.gz`, document.baseURI).href);
    expect(defaultDataUrl()).toMatch(/^http.*\/data\/mnist\.bin\.gz$/);
  });
});
