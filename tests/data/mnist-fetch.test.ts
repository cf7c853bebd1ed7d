import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchMnist, readMnistResponse } from '../../src/data/mnist-fetch.ts';
import { MNIST_PATH } from '../../src/data/mnist-node.ts';

const packed = new Uint8Array(readFileSync(MNIST_PATH));

/** A response whose body arrives in chunks of `chunk` bytes. */
function chunkedResponse(bytes: Uint8Array, chunk: number, headers: Record<string, string> = {}): Response {
  let offset = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunk));
      offset += chunk;
    },
  });
  return new Response(body, { headers });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchMnist', () => {
  it('fetches, gunzips and decodes the packed file, reporting progress against Content-Length', async () => {
    vi.stubGlobal('fetch', async () => chunkedResponse(packed, 500_000, { 'Content-Length': String(packed.length) }));
    const progress: [number, number][] = [];
    const onProgress = (loaded: number, total: number) => progress.push([loaded, total]);
    const mnist = await fetchMnist('/data/mnist.bin.gz', { onProgress });
    expect([mnist.train.rows, mnist.test.rows, mnist.inputSize]).toEqual([8000, 2000, 784]);
    expect(progress[0]).toEqual([0, packed.length]);
    expect(progress.at(-1)).toEqual([packed.length, packed.length]);
    expect(progress.map(([loaded]) => loaded)).toEqual([0, 500_000, 1_000_000, 1_500_000, packed.length]);
  });

  it('reports total 0 when there is no Content-Length', async () => {
    const progress: number[] = [];
    await readMnistResponse(chunkedResponse(packed, 1 << 20), 'u', (_, total) => progress.push(total));
    expect(new Set(progress)).toEqual(new Set([0]));
  });

  it('accepts a body the server already inflated (Content-Encoding: gzip)', async () => {
    const inflated = new Uint8Array(gunzipSync(packed));
    const progress: [number, number][] = [];
    const mnist = await readMnistResponse(
      chunkedResponse(inflated, 1 << 22, { 'Content-Length': String(packed.length) }),
      'u',
      (loaded, total) => progress.push([loaded, total]),
    );
    expect(mnist.train.rows).toBe(8000);
    expect(progress.at(-1)).toEqual([inflated.length, 0]);
  });

  it('names the status of a failed request', async () => {
    vi.stubGlobal('fetch', async () => new Response('nope', { status: 404, statusText: 'Not Found' }));
    await expect(fetchMnist('/data/mnist.bin.gz')).rejects.toThrow(
      'mnist: request for /data/mnist.bin.gz failed with HTTP 404 Not Found',
    );
  });

  it('names the url when the network fails, and how often it tried', async () => {
    const fetches = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('fetch', fetches);
    await expect(fetchMnist('/x.gz', { retryWaitsMs: [] })).rejects.toThrow(
      /^mnist: could not fetch \/x\.gz: Failed to fetch$/,
    );
    await expect(fetchMnist('/x.gz', { retryWaitsMs: [0, 0] })).rejects.toThrow(
      'mnist: could not fetch /x.gz: Failed to fetch (tried 3 times)',
    );
    expect(fetches).toHaveBeenCalledTimes(4);
  });

  it('tries again after a network failure, a server error or a download that broke off, and then loads', async () => {
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new TypeError('network error'));
      },
    });
    const answers: (() => Response)[] = [
      () => {
        throw new TypeError('Failed to fetch');
      },
      () => new Response('busy', { status: 503, statusText: 'Service Unavailable' }),
      () => new Response(broken),
      () => chunkedResponse(packed, 1 << 20),
    ];
    const fetches = vi.fn(async () => answers[fetches.mock.calls.length - 1]());
    vi.stubGlobal('fetch', fetches);
    const mnist = await fetchMnist('/data/mnist.bin.gz', { retryWaitsMs: [0, 0, 0] });
    expect(mnist.train.rows).toBe(8000);
    expect(fetches).toHaveBeenCalledTimes(4);
  });

  it('does not try again for a missing file or data that are not MNIST', async () => {
    for (const answer of [
      () => new Response('nope', { status: 404, statusText: 'Not Found' }),
      () => new Response('<!doctype html><html></html>'),
    ]) {
      const fetches = vi.fn(async () => answer());
      vi.stubGlobal('fetch', fetches);
      await expect(fetchMnist('/x.gz', { retryWaitsMs: [0, 0] })).rejects.toThrow(/^mnist|expected magic/);
      expect(fetches).toHaveBeenCalledTimes(1);
    }
  });

  it('says the gzip is corrupt when the body is cut short', async () => {
    const response = new Response(packed.slice(0, 1000));
    await expect(readMnistResponse(response, '/x.gz')).rejects.toThrow(/mnist: corrupt gzip data from \/x\.gz/);
  });

  it('says the data are not MNIST when the body is something else', async () => {
    const response = new Response('<!doctype html><html></html>');
    await expect(readMnistResponse(response, '/x.gz')).rejects.toThrow(
      /expected magic "BNMNIST1", got "<!doctyp".*\[from \/x\.gz\]/,
    );
  });
});
