/** ⛶ Full screen, as the f key: shown only where the browser allows it; pressed while the page is full screen. */

import { Icon } from './icon.tsx';
import { toggleFullscreen, useFullscreen } from './fullscreen.ts';

export function FullscreenButton() {
  const { supported, on } = useFullscreen();
  if (!supported) return null;
  return (
    <button
      type="button"
      className="top-bar__fullscreen"
      aria-pressed={on}
      aria-keyshortcuts="F"
      title="Full screen on / off (F)"
      onClick={toggleFullscreen}
    >
      <Icon name="fullscreen" />
      <span className="top-bar__label">Full screen</span>
    </button>
  );
}
