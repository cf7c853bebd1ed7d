/**
 * A button that opens a menu of exports, as the WAI-ARIA menu button: ↓ and ↑ open it and move through it, Home and
 * End, Escape closes it and returns focus to the button, Tab or a click elsewhere closes it. An export that takes a
 * moment (every chart as a zip) says so under the button, then what it saved, or why it could not.
 */

import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface ExportAction {
  readonly label: string;
  /** does the export; a text it returns is announced */
  readonly run: () => Promise<string | void> | void;
}

export interface ExportMenuButtonProps {
  /** the button's accessible name */
  readonly name: string;
  /** what the button shows */
  readonly children: ReactNode;
  readonly actions: readonly ExportAction[];
  readonly className: string;
  /** the button's tooltip */
  readonly hint: string;
  /** aria-keyshortcuts of the button */
  readonly shortcut?: string;
  /** controlled from outside (a key opens it): whether it is open, and every request to open or close it */
  readonly open?: boolean;
  readonly onOpenChange?: (open: boolean) => void;
}

const BUSY = 'Exporting…';

const menuItems = (menu: HTMLElement | null) => [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

interface ExportStatus {
  readonly text: string;
  readonly failed: boolean;
}

const NONE: ExportStatus = { text: '', failed: false };

/** BUSY while an export runs, then the text it returns, or why it failed, for a few seconds. */
function useExportStatus(): [ExportStatus, (action: ExportAction) => void] {
  const [status, setStatus] = useState(NONE);
  useEffect(() => {
    if (status.text === '' || status.text === BUSY) return;
    const timer = setTimeout(() => setStatus(NONE), 6000);
    return () => clearTimeout(timer);
  }, [status]);
  const run = (action: ExportAction) => {
    if (status.text === BUSY) return;
    setStatus({ text: BUSY, failed: false });
    Promise.resolve()
      .then(action.run)
      .then(
        (text) => setStatus(text ? { text, failed: false } : NONE),
        (error: unknown) =>
          setStatus({
            text: `Could not export: ${error instanceof Error ? error.message : String(error)}`,
            failed: true,
          }),
      );
  };
  return [status, run];
}

/** Only while there is something to say: a page of charts would otherwise hold a live region per chart. */
function StatusLine({ status }: { readonly status: ExportStatus }) {
  if (status.text === '') return null;
  return (
    <span role={status.failed ? 'alert' : 'status'} className="export-menu__status">
      {status.text}
    </span>
  );
}

export function ExportMenuButton(props: ExportMenuButtonProps) {
  const { name, actions } = props;
  const [ownOpen, setOwnOpen] = useState(false);
  const open = props.open ?? ownOpen;
  const setOpen = props.onOpenChange ?? setOwnOpen;
  const [status, run] = useExportStatus();
  const rootRef = useRef<HTMLSpanElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const focusLast = useRef(false);
  const buttonId = useId();
  const menuId = useId();

  // on opening, focus goes to the first item (the last when opened with ↑)
  useEffect(() => {
    if (!open) return;
    const items = menuItems(menuRef.current);
    items[focusLast.current ? items.length - 1 : 0]?.focus();
    focusLast.current = false;
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open, setOpen]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const onButtonKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    focusLast.current = event.key === 'ArrowUp';
    setOpen(true);
  };
  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = menuItems(menuRef.current);
    const at = items.indexOf(event.target as HTMLElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 };
    if (Object.hasOwn(moves, event.key)) {
      event.preventDefault();
      items[(moves[event.key] + items.length) % items.length]?.focus();
    } else if (event.key === 'Escape') {
      // handled here: the page's Escape would leave presenter mode
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') setOpen(false);
  };

  return (
    <span ref={rootRef} className={`export-menu ${props.className}`}>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        aria-label={name}
        title={props.hint}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-keyshortcuts={props.shortcut}
        onClick={() => setOpen(!open)}
        onKeyDown={onButtonKey}
      >
        {props.children}
      </button>
      {open ? (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          className="export-menu__list"
          onKeyDown={onMenuKey}
        >
          {actions.map((action) => (
            <button
              key={action.label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                close();
                run(action);
              }}
            >
              {action.label}
            </button>
          ))}
        </div>
      ) : null}
      <StatusLine status={status} />
    </span>
  );
}
