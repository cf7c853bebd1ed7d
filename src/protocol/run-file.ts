/**
 * A saved run's bytes as a RunHistory: the CLI's `--out` JSON or the page's own, plain or gzipped. Gzip is told by
 * its first two bytes, never by the file's name: a static host may already have unpacked a `.json.gz`.
 */

import { Gunzip } from 'fflate';
import type { RunHistory } from './history.ts';
import { historyFromJson } from './history-json.ts';
import { concatBytes } from './concat-bytes.ts';
import { isGzip } from './is-gzip.ts';

/** Larger files are refused before they are read. */
export const MAX_RUN_FILE_BYTES = 100 * 1024 * 1024;
/** Larger unpacked gzip contents are refused as soon as they outgrow it. */
const MAX_RUN_TEXT_BYTES = 256 * 1024 * 1024;

const MB = 1024 * 1024;

/** Thrown from inside the gzip stream when its output outgrows MAX_RUN_TEXT_BYTES. */
class TooLarge extends Error {}

/** Why a file of this size is refused, or null when it may be read. */
export function fileSizeProblem(bytes: number): string | null {
  if (bytes <= MAX_RUN_FILE_BYTES) return null;
  return `it is ${Math.round(bytes / MB)} MB, and runs over ${MAX_RUN_FILE_BYTES / MB} MB are not opened`;
}

/** Unpacks gzip, refusing more than MAX_RUN_TEXT_BYTES as they come rather than trusting the size it declares. */
function gunzip(bytes: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const stream = new Gunzip((chunk) => {
    size += chunk.length;
    if (size > MAX_RUN_TEXT_BYTES) throw new TooLarge();
    chunks.push(chunk);
  });
  try {
    stream.push(bytes, true);
  } catch (error) {
    if (error instanceof TooLarge)
      throw new Error(`it unpacks to more than ${MAX_RUN_TEXT_BYTES / MB} MB, and such runs are not opened`, {
        cause: error,
      });
    throw new Error(`the gzip data is damaged (${error instanceof Error ? error.message : String(error)})`, {
      cause: error,
    });
  }
  return concatBytes(chunks);
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new Error('it is not a text file, nor gzip', { cause: error });
  }
}

/**
 * The run in a file's bytes. Throws an Error whose message says what is wrong, naming the field of a malformed
 * history (e.g. `history.nets.bn.probes[3].testLoss must be a number`).
 */
export function runFromBytes(bytes: Uint8Array): RunHistory {
  const size = fileSizeProblem(bytes.length);
  if (size) throw new Error(size);
  if (bytes.length === 0) throw new Error('the file is empty');
  return historyFromJson(utf8(isGzip(bytes) ? gunzip(bytes) : bytes));
}
