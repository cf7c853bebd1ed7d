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
}

/** Fetches, gunzips and decodes the packed MNIST file at `url`. */
export async function fetchMnist(url: string, options: FetchMnistOptions = {}): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal: options.signal });
  } catch (error) {
    throw new Error(`mnist: could not fetch ${url}: ${messageOf(error)}`, { cause: error });
  }
  return readMnistResponse(response, url, options.onProgress);
}

/** Reads a fetched response: checks the status, streams the body with progress, gunzips, decodes. */
export async function readMnistResponse(
  response: Response,
  url: string,
  onProgress?: ProgressCallback,
): Promise<Dataset> {
  if (!response.ok) {
    throw new Error(`mnist: request for ${url} failed with HTTP ${response.status} ${response.statusText}`.trimEnd());
  }
  const body = await readBody(response, onProgress);
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
