/**
 * A script the served test page runs before the app's own (see serve-app.ts), the same in every engine: it notes
 * what goes wrong in the page — uncaught errors, unhandled rejections, console errors, resources that fail to load,
 * worker errors — and keeps a copy of every probe the lab worker posts, so a test can read both with a plain
 * script call. WebDriver classic (WebKit) has no console or error events, and a script injected after load would
 * miss everything before it. It only listens: the app runs as it does without it.
 */

/** What the observer keeps on window. */
interface Observed {
  readonly problems: string[];
  /** per net name, in step order, as the page's store holds them (a `ready` clears them) */
  probes: Record<string, { step: number }[]>;
  /** workers the page started, and how many messages of each type they sent it */
  workers: number;
  readonly messages: Record<string, number>;
}

type ObservedWindow = Window & { __bnLabObserved?: Observed };

/** Installed by its source text, so it may use nothing from outside its body. */
function installObserver(): void {
  const observed: Observed = { problems: [], probes: {}, workers: 0, messages: {} };
  (window as ObservedWindow).__bnLabObserved = observed;
  const say = (what: unknown): string =>
    what instanceof Error ? `${what.name}: ${what.message}` : typeof what === 'string' ? what : JSON.stringify(what);

  window.addEventListener(
    'error',
    (event: Event) => {
      if (event instanceof ErrorEvent) observed.problems.push(`uncaught: ${event.message}`);
      else {
        const target = event.target as (Element & { src?: string; href?: string }) | null;
        observed.problems.push(`failed to load: ${target?.src ?? target?.href ?? target?.tagName ?? '?'}`);
      }
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => {
    observed.problems.push(`unhandled rejection: ${say(event.reason)}`);
  });
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    observed.problems.push(`console error: ${args.map(say).join(' ')}`);
    consoleError(...args);
  };

  type Message = { type?: string; probes?: Record<string, { step: number }[]> };
  const keep = (message: Message): void => {
    const type = String(message.type);
    observed.messages[type] = (observed.messages[type] ?? 0) + 1;
    if (message.type === 'ready') observed.probes = {};
    if (message.type !== 'probes' || !message.probes) return;
    for (const [name, records] of Object.entries(message.probes)) {
      const held = (observed.probes[name] ??= []);
      // as the store does: steps already held are skipped
      for (const record of records)
        if (held.length === 0 || record.step > held[held.length - 1].step) held.push(record);
    }
  };
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      observed.workers++;
      this.addEventListener('message', (event) => keep((event.data ?? {}) as Message));
      this.addEventListener('error', (event) => observed.problems.push(`worker error: ${event.message}`));
      this.addEventListener('messageerror', () => observed.problems.push('worker message could not be read'));
    }
  };
}

/** The inline script for the page's head. */
export const OBSERVER_SCRIPT = `(${installObserver.toString()})();`;

/** In the page: the problems seen so far. */
export function observedProblems(): string[] {
  return [...((window as ObservedWindow).__bnLabObserved?.problems ?? ['the page observer is not installed'])];
}

/** In the page: the workers the page started and the messages they sent it, by type. */
export function observedWorkers(): string {
  const observed = (window as ObservedWindow).__bnLabObserved;
  return observed ? `${observed.workers} started; messages ${JSON.stringify(observed.messages)}` : 'no observer';
}

/** In the page: the probes kept so far as JSON, typed arrays as arrays (NaN and ±∞ become null, as in the files). */
export function observedProbesJson(): string {
  const probes = (window as ObservedWindow).__bnLabObserved?.probes ?? {};
  return JSON.stringify(probes, (_key, value: unknown) =>
    ArrayBuffer.isView(value) && !(value instanceof DataView)
      ? Array.from(value as unknown as ArrayLike<number>)
      : value,
  );
}
