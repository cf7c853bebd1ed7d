/**
 * The link to the run as a QR code, full screen, so that a hall can open it on their phones (Q, or the QR code
 * button in presenter mode). The link leaves presenter mode out: the phones get the normal view. It is printed
 * under the code too, for those who would rather type it.
 */

import { useLab } from '../store/use-lab.ts';
import { Icon } from './icon.tsx';
import { ModalDialog } from './modal-dialog.tsx';
import { QrCode } from './qr-code.tsx';
import { LinkTooLong, linkMeaning, useShareLink } from './share-dialog.tsx';

export function QrButton() {
  const toggleQr = useLab((s) => s.toggleQr);
  return (
    <button
      type="button"
      className="top-bar__qr"
      aria-haspopup="dialog"
      aria-keyshortcuts="Q"
      title="The link to this run as a QR code, for phones (Q)"
      onClick={toggleQr}
    >
      <Icon name="qr" />
      <span className="top-bar__label">QR code</span>
    </button>
  );
}

function QrBody() {
  const setQrOpen = useLab((s) => s.setQrOpen);
  const link = useShareLink(false);
  return (
    <ModalDialog title="Open this run on your phone" className="dialog--qr" onClose={() => setQrOpen(false)}>
      {link.kind === 'link' ? (
        <>
          <QrCode text={link.url} label="QR code of the link to this run" />
          <p className="qr__meaning">{linkMeaning(link.step)}</p>
          <p className="qr__url">{link.url}</p>
        </>
      ) : (
        <LinkTooLong events={link.events} />
      )}
    </ModalDialog>
  );
}

export function QrDialog() {
  const open = useLab((s) => s.qrOpen);
  return open ? <QrBody /> : null;
}
