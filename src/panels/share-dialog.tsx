/**
 * Share's dialog: the link that replays the run as it is now (share-link.ts), copied to the clipboard and shown in
 * a field to copy by hand where the browser does not let the page copy; or, when the run's schedule is too long
 * for a link, why, and the run as a file instead.
 */

import { useEffect, useRef, useState, type RefObject } from 'react';
import { formatStep } from '../charts/format.ts';
import { MAX_LINK_EVENTS, shareLink, type ShareLink } from '../store/share-link.ts';
import { useLab, useLabStore } from '../store/use-lab.ts';
import { saveRunAsJson } from './download-file.ts';
import { ModalDialog } from './modal-dialog.tsx';

async function copyText(text: string): Promise<boolean> {
  const clipboard = globalThis.navigator?.clipboard;
  if (!clipboard?.writeText) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The link to the run on this page as it is now; `presenter` overrides the view's presenter mode. */
export function useShareLink(presenter?: boolean): ShareLink {
  const store = useLabStore();
  // made once, when the dialog opens: the run may train on meanwhile
  const [link] = useState(() => {
    const state = store.getState();
    return shareLink({ ...state, presenter: presenter ?? state.presenter }, globalThis.location.href);
  });
  return link;
}

/** What opening the link does. */
export function linkMeaning(step: number): string {
  return step > 0
    ? `It replays this run to step ${formatStep(step)}, the same numbers in any browser, and pauses there with this view.`
    : 'It opens this setup, paused at step 0, with this view.';
}

/** Why there is no link, and the file instead. */
export function LinkTooLong({ events }: { readonly events: number }) {
  const store = useLabStore();
  return (
    <>
      <p>
        This run changes its learning rate (or scales a layer) {events} times. A link holds at most {MAX_LINK_EVENTS}{' '}
        such changes, so that its QR code stays easy to scan.
      </p>
      <p>Save the run as a file instead: it keeps every change and every probe.</p>
      <button type="button" onClick={() => saveRunAsJson(store.getState())}>
        Save the run as a file
      </button>
    </>
  );
}

interface CopiedLinkProps {
  readonly url: string;
  readonly step: number;
  readonly field: RefObject<HTMLInputElement | null>;
}

function CopiedLink({ url, step, field }: CopiedLinkProps) {
  const setShareOpen = useLab((s) => s.setShareOpen);
  const setQrOpen = useLab((s) => s.setQrOpen);
  const [copied, setCopied] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void copyText(url).then((ok) => live && setCopied(ok));
    return () => {
      live = false;
    };
  }, [url]);
  return (
    <>
      <p id="share-meaning">{linkMeaning(step)}</p>
      <input
        ref={field}
        className="share__link"
        type="text"
        readOnly
        value={url}
        aria-label="Link to this run"
        onFocus={(event) => event.currentTarget.select()}
      />
      <p role="status" className="hint">
        {copied === null
          ? ''
          : copied
            ? 'Copied to the clipboard.'
            : 'The browser did not let the page copy it: select the link above and copy it.'}
      </p>
      <button
        type="button"
        onClick={() => {
          setShareOpen(false);
          setQrOpen(true);
        }}
      >
        Show as a QR code
      </button>
    </>
  );
}

function ShareBody() {
  const setShareOpen = useLab((s) => s.setShareOpen);
  const link = useShareLink();
  // the link has focus, selected, ready to copy by hand
  const field = useRef<HTMLInputElement>(null);
  return (
    <ModalDialog
      title="Share this run"
      describedBy={link.kind === 'link' ? 'share-meaning' : undefined}
      className="dialog--share"
      initialFocus={link.kind === 'link' ? field : undefined}
      onClose={() => setShareOpen(false)}
    >
      {link.kind === 'link' ? (
        <CopiedLink url={link.url} step={link.step} field={field} />
      ) : (
        <LinkTooLong events={link.events} />
      )}
    </ModalDialog>
  );
}

export function ShareDialog() {
  const open = useLab((s) => s.shareOpen);
  return open ? <ShareBody /> : null;
}
