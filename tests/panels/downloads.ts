/** What the page hands to the browser's download, captured: jsdom has no object URLs and does not download. */

import { vi } from 'vitest';

export interface Download {
  readonly fileName: string;
  readonly blob: Blob;
}

/** Records every download from now on (downloadBlob: an object URL clicked as a link); undo with vi.restoreAllMocks. */
export function captureDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  // jsdom has neither: give them bodies to spy on
  URL.createObjectURL ??= () => '';
  URL.revokeObjectURL ??= () => {};
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ fileName: this.download, blob });
  });
  return downloads;
}
