/**
 * Share's link: the run on the page as a link that replays it. Its config is the replaying one (the live
 * learning-rate changes become lr events, page-history.ts), it stops at the step the run is at, and it carries the
 * timeline's probe and the view. A schedule of more than 32 events is not put in a link: the link would grow past
 * what a QR code on a projector can carry legibly, and the run is better saved as a file.
 */

import type { LabState, LinkView } from './lab-state.ts';
import { viewOf } from './link-view.ts';
import { pageReplayConfig } from './page-history.ts';
import { encodeUrlState } from './url-state.ts';

export const MAX_LINK_EVENTS = 32;

export type ShareLink =
  /** `url` replays the run to `step` */
  | { readonly kind: 'link'; readonly url: string; readonly step: number }
  /** the schedule has `events` entries, more than MAX_LINK_EVENTS */
  | { readonly kind: 'too-long'; readonly events: number };

type SharedState = Pick<LabState, 'config' | 'presetName' | 'status' | 'scrubStep'> & LinkView;

/** The link to the run as it is now, on the page at `pageUrl` (its query and hash replaced). */
export function shareLink(state: SharedState, pageUrl: string): ShareLink {
  const config = pageReplayConfig(state);
  const events = config.events?.length ?? 0;
  if (events > MAX_LINK_EVENTS) return { kind: 'too-long', events };
  const step = state.status.step;
  const query = encodeUrlState({
    config,
    presetName: state.presetName,
    view: viewOf(state),
    stop: { step, scrub: state.scrubStep },
  });
  return { kind: 'link', url: new URL(query, pageUrl).href, step };
}
