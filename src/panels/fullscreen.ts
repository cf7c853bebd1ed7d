/** The browser's own full screen, for the f key and the Full screen button. */

import { useSyncExternalStore } from 'react';

/** Absent in some browsers and in jsdom, and false in a frame that does not allow it. */
function fullscreenSupported(): boolean {
  return document.fullscreenEnabled === true;
}

/** On or off; a request may be refused (it needs a user gesture), which changes nothing. */
export function toggleFullscreen(): void {
  if (!fullscreenSupported()) return;
  const change = document.fullscreenElement
    ? document.exitFullscreen?.()
    : document.documentElement.requestFullscreen?.();
  void change?.catch(() => undefined);
}

function subscribe(onChange: () => void): () => void {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

const isFullscreen = (): boolean => (document.fullscreenElement ?? null) !== null;

/** Whether the page can go full screen, and whether it is, following Esc and the browser's own controls too. */
export function useFullscreen(): { readonly supported: boolean; readonly on: boolean } {
  const on = useSyncExternalStore(subscribe, isFullscreen, () => false);
  return { supported: fullscreenSupported(), on };
}
