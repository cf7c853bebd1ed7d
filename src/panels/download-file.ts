/** Saving files from the page: a Blob handed to the browser's download, under a name that says what it is. */

import { strToU8, zipSync, type Zippable } from 'fflate';
import { historyToCsv } from '../protocol/history-csv.ts';
import { historyToJson } from '../protocol/history-json.ts';
import { sweepToJson } from '../protocol/sweep-json.ts';
import type { LabState } from '../store/lab-state.ts';
import { pageHistory } from '../store/page-history.ts';

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // the download has its own reference by now
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `bn-lab-paper-fig1-step-2000`: the scene and the step, for every file a run is saved or exported as. */
export function runFileStem(state: Pick<LabState, 'presetName' | 'status'>): string {
  return `bn-lab-${state.presetName}-step-${state.status.step}`;
}

/** The run as the CLI's JSON (`npm run lab -- --out`), which the page and the CLI read back. */
export function saveRunAsJson(state: LabState): void {
  const text = historyToJson(pageHistory(state)) + '\n';
  downloadBlob(`${runFileStem(state)}.json`, new Blob([text], { type: 'application/json' }));
}

/** Several files as one zip. */
export function zipBlob(files: Zippable): Blob {
  return new Blob([zipSync(files) as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}

/** The run as the CLI's CSV tables (`npm run lab -- --csv DIR`), one zip of them. */
export function saveTablesAsCsvZip(state: LabState): void {
  const tables = historyToCsv(pageHistory(state));
  const files = Object.fromEntries(Object.entries(tables).map(([name, text]) => [name, strToU8(text)]));
  downloadBlob(`${runFileStem(state)}-tables.zip`, zipBlob(files));
}

/** A finished sweep as the CLI's sweep file (`npm run lab -- sweep --out`); false when there is none to save. */
export function saveSweepAsJson(state: Pick<LabState, 'sweep' | 'presetName'>): boolean {
  const { plan, results, status } = state.sweep;
  const done = results.filter((r) => r !== null);
  if (plan === null || status !== 'done' || done.length !== results.length) return false;
  // the page's sweep workers run the WebAssembly kernels, as the CLI does by default
  const text = sweepToJson(plan, done, 'wasm') + '\n';
  downloadBlob(`bn-lab-${state.presetName}-sweep.json`, new Blob([text], { type: 'application/json' }));
  return true;
}
