/**
 * A modal dialog over a dimmed page: focus stays inside while it is open and goes back to where it was on close
 * (use-focus-trap.ts); Escape, a click on the backdrop or the dialog's own Close button closes it.
 */

import { useId, useRef, type ReactNode, type RefObject } from 'react';
import { useFocusTrap } from './use-focus-trap.ts';

interface ModalDialogProps {
  readonly title: string;
  /** an element inside the dialog: what its description is (aria-describedby) */
  readonly describedBy?: string;
  readonly className?: string;
  readonly onClose: () => void;
  /** what has focus when it opens; its Close button by default */
  readonly initialFocus?: RefObject<HTMLElement | null>;
  /** keep every key inside: the page's shortcuts rest while it has focus (else `?` still toggles the help) */
  readonly ownKeys?: boolean;
  readonly children: ReactNode;
}

export function ModalDialog(props: ModalDialogProps) {
  const { title, describedBy, className, onClose, initialFocus, ownKeys, children } = props;
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useFocusTrap(dialogRef, true, initialFocus ?? closeRef);
  return (
    <div className="backdrop" onClick={onClose}>
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        className={className ? `dialog ${className}` : 'dialog'}
        tabIndex={-1}
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          // where asked, the page's shortcuts rest while the dialog has focus (space presses the focused button)
          if (ownKeys) event.stopPropagation();
          if (event.key !== 'Escape') return;
          // the page's own Escape (leaving presenter mode) waits for the next press
          event.preventDefault();
          onClose();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
        <button ref={closeRef} type="button" className="dialog__close" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
