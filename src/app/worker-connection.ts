/** The page's end of the lab worker: creates it, sends the store's commands, routes its messages into the store. */

import type { FromWorker, ToWorker } from '../protocol/messages.ts';
import type { LabPort, LabStore } from '../store/lab-state.ts';

/** The part of a Worker the connection uses, so tests can pass a fake (jsdom has no Worker). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

export interface WorkerConnectionOptions {
  /** makes a fresh worker; the default builds src/worker/lab.worker.ts */
  readonly createWorker?: () => WorkerLike;
  /** where the worker fetches MNIST; the default is data/mnist.bin.gz next to the page */
  readonly dataUrl?: string;
  /** how long a fresh worker may stay silent before it is started again (default SILENT_START_MS) */
  readonly silentStartMs?: number;
}

/**
 * A fresh worker says something within a second or two: the download's progress, or an error. One that has said
 * nothing for this long never started (its script or its first message lost on the way, as Firefox has shown once
 * under heavy load), so it is started again, at most START_ATTEMPTS times in all before the page says so.
 */
const SILENT_START_MS = 20_000;
const START_ATTEMPTS = 3;

export interface WorkerConnection extends LabPort {
  /** starts the worker, inits it with the store's config, speed and a link's replay; messages then go to the store */
  attach(store: LabStore): void;
  /** terminates the worker for good */
  dispose(): void;
}

function createLabWorker(): WorkerLike {
  return new Worker(new URL('../worker/lab.worker.ts', import.meta.url), { type: 'module' });
}

/** Absolute, because a worker resolves relative URLs against its own script, not the page. */
export function defaultDataUrl(): string {
  const path = `${import.meta.env.BASE_URL}data/mnist.bin.gz`;
  const page = globalThis.document?.baseURI ?? globalThis.location?.href;
  return page ? new URL(path, page).href : path;
}

/** A readable message for a worker that failed to load or threw outside its own error handling. */
function describeWorkerError(event: Partial<Pick<ErrorEvent, 'message' | 'filename' | 'lineno'>>): string {
  const where = event.filename ? ` (${event.filename.split('/').pop()}:${event.lineno ?? '?'})` : '';
  return event.message
    ? `The lab worker crashed: ${event.message}${where}.`
    : 'The lab worker could not start or crashed without a message; the browser console may say more.';
}

export function createWorkerConnection(options: WorkerConnectionOptions = {}): WorkerConnection {
  const createWorker = options.createWorker ?? createLabWorker;
  const dataUrl = options.dataUrl ?? defaultDataUrl();
  const silentStartMs = options.silentStartMs ?? SILENT_START_MS;
  let store: LabStore | null = null;
  let worker: WorkerLike | null = null;
  /** the start-up watchdog of the worker that has not said anything yet */
  let watchdog: ReturnType<typeof setTimeout> | null = null;

  const fail = (message: string): void => store?.getState().receive({ type: 'error', message, fatal: true });

  function quiet(): void {
    if (watchdog !== null) clearTimeout(watchdog);
    watchdog = null;
  }

  function stop(): void {
    quiet();
    if (!worker) return;
    worker.onmessage = worker.onerror = worker.onmessageerror = null;
    worker.terminate();
    worker = null;
  }

  function start(attempt = 1): void {
    if (!store) return;
    const target = store;
    let fresh: WorkerLike;
    try {
      fresh = createWorker();
    } catch (error) {
      fail(`The lab worker could not be created: ${error instanceof Error ? error.message : String(error)}.`);
      return;
    }
    worker = fresh;
    watchdog = setTimeout(() => {
      stop();
      if (attempt < START_ATTEMPTS) return start(attempt + 1);
      const seconds = Math.round(silentStartMs / 1000);
      fail(`The lab worker did not start: it said nothing for ${seconds} s, ${START_ATTEMPTS} times.`);
    }, silentStartMs);
    fresh.onmessage = (event) => {
      quiet();
      target.getState().receive(event.data);
    };
    fresh.onerror = (event) => {
      quiet();
      fail(describeWorkerError(event));
    };
    fresh.onmessageerror = () => {
      quiet();
      fail('A message from the lab worker could not be read.');
    };
    const { config, speed, replay } = target.getState();
    fresh.postMessage({ type: 'init', config, dataUrl });
    fresh.postMessage({ type: 'set-speed', stepsPerTick: speed });
    // a link's replay: the worker takes its messages in order, so this starts once the nets are built
    if (replay?.reached === false) fresh.postMessage({ type: 'play-until', step: replay.step });
  }

  return {
    // before attach there is no worker; init then carries the store's config
    send: (msg) => worker?.postMessage(msg),
    restart: () => {
      stop();
      start();
    },
    attach: (target) => {
      stop();
      store = target;
      start();
    },
    dispose: () => {
      stop();
      store = null;
    },
  };
}
