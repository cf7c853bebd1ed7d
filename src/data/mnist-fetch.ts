/** Browser and Web Worker loader for mnist.bin.gz: fetch with progress, gunzip, decode. */

import type { Dataset } from './dataset.ts';
import { concatBytes } from '../protocol/concat-bytes.ts';
import { isGzip } from '../protocol/is-gzip.ts';
import { decodeMnist } from './mnist-format.ts';

/** Bytes received so far and the Content-Length (0 when the server does not say). */
export type ProgressCallback = (loaded: number, total: number) => void;

export interface FetchMnistOptions {
  readonly onProgress?: ProgressCallback;
  readonly signal?: AbortSignal;
  /** the waits before each retry, ms (default RETRY_WAITS_MS) */
  readonly retryWaitsMs?: readonly number[];
}

/**
 * After a failure that may pass — the network, or a server error (5xx) — the load is tried again after these
 * waits: a student on a flaky connection, or a laptop serving a hall, gets the digits on a second try. A missing
 * file (4xx) or data that are not MNIST fail at once.
 */
const RETRY_WAITS_MS = [500, 2000];

/** A failure worth another try. */
class PassingFailure extends Error {
  override readonly name = 'PassingFailure';
}

/** Fetches, gunzips and decodes the packed MNIST file at `url`, trying again after a failure that may pass. */
export async function fetchMnist(url: string, options: FetchMnistOptions = {}): Promise<Dataset> {
  const waits = options.retryWaitsMs ?? RETRY_WAITS_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchOnce(url, options);
    } catch (error) {
      const again = error instanceof PassingFailure && attempt < waits.length && !options.signal?.aborted;
      if (!again) {
        const tries = attempt > 0 ? ` (tried ${attempt + 1} times)` : '';
        throw error instanceof PassingFailure ? new Error(`${error.message}${tries}`, { cause: error.cause }) : error;
      }
      await new Promise((resolve) => setTimeout(resolve, waits[attempt]));
    }
  }
}

async function fetchOnce(url: string, options: FetchMnistOptions): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal: options.signal });
  } catch (error) {
    throw new PassingFailure(`mnist: could not fetch ${url}: ${messageOf(error)}`, { cause: error });
  }
  return readMnistResponse(response, url, options.onProgress);
}

/**
 * Reads a fetched response: checks the status, streams the body with progress, gunzips, decodes. A server error
 * (5xx) or a body that breaks off is a failure that may pass; a missing file (4xx) or data that are not MNIST are not.
 */
export async function readMnistResponse(
  response: Response,
  url: string,
  onProgress?: ProgressCallback,
): Promise<Dataset> {
  if (!response.ok) {
    const message = httpFailure(response, url);
    throw response.status >= 500 ? new PassingFailure(message) : new Error(message);
  }
  let body: Uint8Array;
  try {
    body = await readBody(response, onProgress);
  } catch (error) {
    throw new PassingFailure(`mnist: the download of ${url} broke off: ${messageOf(error)}`, { cause: error });
  }
  return decodeBody(body, url);
}

function httpFailure(response: Response, url: string): string {
  return `mnist: request for ${url} failed with HTTP ${response.status} ${response.statusText}`.trimEnd();
}

/** Gunzips (unless the server already did) and decodes a downloaded body. */
async function decodeBody(body: Uint8Array, url: string): Promise<Dataset> {
  const bytes = isGzip(body) ? await gunzip(body, url) : body;
  try {
    return decodeMnist(bytes);
  } catch (error) {
    throw new Error(`${messageOf(error)} [from ${url}]`, { cause: error });
  }
}

/** Concatenates the body's chunks, reporting (loaded, total) after each one. */
async function readBody(response: Response, onProgress?: ProgressCallback): Promise<Uint8Array> {
  const declared = Number(response.headers.get('Content-Length') ?? 0);
  const total = Number.isFinite(declared) && declared > 0 ? declared : 0;
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  onProgress?.(0, total);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    // a transparently decompressed body outgrows its compressed Content-Length: the total is then unknown
    onProgress?.(loaded, loaded <= total ? total : 0);
  }
  return concatBytes(chunks);
}

async function gunzip(bytes: Uint8Array, url: string): Promise<Uint8Array> {
  try {
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch (error) {
    throw new Error(`mnist: corrupt gzip data from ${url}: ${messageOf(error)}`, { cause: error });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
