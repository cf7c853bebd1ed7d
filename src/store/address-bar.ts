/**
 * The address bar, kept on the page's setup (replaceState, no new history entries) so that a reload keeps it: the
 * scene, the config as it is now (a rate changed live is the config's rate, as Reset uses it), the view, and while
 * a link's replay is on screen its stop, so that a reload replays it again. Not the step a run has trained to: a
 * link to that is Share's (share-link.ts), made when asked for. A recording opened by `run=` keeps its `run=`.
 */

import type { LabState, LabStore, LinkView } from './lab-state.ts';
import { viewOf } from './link-view.ts';
import { liveRun } from './recording-slice.ts';
import { encodeUrlState, encodeValue } from './url-state.ts';

/** Just enough of window.history. */
export interface HistoryLike {
  readonly state?: unknown;
  replaceState(data: unknown, unused: string, url?: string | null): void;
}

/** The live run's setup; a recording fetched by `run=` stays in it, so that a reload shows it again. */
function urlOf(state: LabState): string {
  const live = liveRun(state);
  const { config, presetName, replay } = live;
  const run = state.recording?.url;
  // a path reads better with its slashes, which a query may hold as they are
  const recording = run ? `&run=${encodeValue(run).replace(/%2F/g, '/')}` : '';
  const setup = encodeUrlState({ config, presetName, view: viewOf(live), stop: replay });
  return setup + recording + (globalThis.location?.hash ?? '');
}

/** The fields the address bar holds changed. */
function changed(state: LabState, prev: LabState): boolean {
  if (state.config !== prev.config || state.presetName !== prev.presetName || state.replay !== prev.replay) return true;
  if (state.recording !== prev.recording) return true;
  const [now, before] = [viewOf(state), viewOf(prev)];
  return (Object.keys(now) as (keyof LinkView)[]).some((key) => now[key] !== before[key]);
}

/** Keeps the address bar on the setup from now on. Returns an unsubscribe. */
export function syncUrl(store: LabStore, history: HistoryLike | undefined = globalThis.window?.history): () => void {
  if (!history) return () => undefined;
  let written = '';
  const write = (state: LabState): void => {
    const url = urlOf(state);
    if (url === written) return;
    written = url;
    history.replaceState(history.state ?? null, '', url);
  };
  write(store.getState());
  return store.subscribe((state, prev) => {
    if (changed(state, prev)) write(state);
  });
}
