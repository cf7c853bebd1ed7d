/**
 * Opening a saved run as the recording on screen: a file (the picker or a drop), or a URL on this site (`?run=`, the
 * precomputed runs). Whatever goes wrong ends in one notice that names it, and the run on screen stays as it was.
 */

import { fileSizeProblem, runFromBytes } from '../protocol/run-file.ts';
import type { LabStore, RecordingSource } from '../store/lab-state.ts';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads, checks and shows a run; true when it is on screen. */
async function show(store: LabStore, source: RecordingSource, read: () => Promise<Uint8Array>): Promise<boolean> {
  try {
    const history = runFromBytes(await read());
    store.getState().openRecording(history, source);
    return true;
  } catch (error) {
    store.getState().showNotice(`Could not open ${source.name}: ${messageOf(error)}.`);
    return false;
  }
}

/** A run file the user picked or dropped. */
export function openRunFile(store: LabStore, file: File): Promise<boolean> {
  return show(store, { name: file.name }, async () => {
    const tooBig = fileSizeProblem(file.size);
    if (tooBig) throw new Error(tooBig);
    return new Uint8Array(await file.arrayBuffer());
  });
}

async function fetchBytes(url: URL): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`it could not be fetched (${messageOf(error)})`, { cause: error });
  }
  if (!response.ok) throw new Error(`the server answered ${`${response.status} ${response.statusText}`.trim()}`);
  const tooBig = fileSizeProblem(Number(response.headers.get('Content-Length') ?? 0));
  if (tooBig) throw new Error(tooBig);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * A run at `link`, relative to the page (`?run=runs/paper-fig1.json.gz`). Only this site's: a link that points at
 * another is refused, so that a shared link cannot make the page fetch from elsewhere.
 */
export function openRunUrl(store: LabStore, link: string, presetName?: string): Promise<boolean> {
  let url: URL;
  try {
    url = new URL(link, globalThis.location.href);
  } catch {
    store.getState().showNotice(`Could not open the run “${link}”: that is not a web address.`);
    return Promise.resolve(false);
  }
  const name = url.pathname.split('/').pop() || link;
  if (url.origin !== globalThis.location.origin) {
    store.getState().showNotice(`Could not open ${name}: runs open only from this site, and ${url.origin} is another.`);
    return Promise.resolve(false);
  }
  return show(store, { name, url: link, presetName }, () => fetchBytes(url));
}
