/** Small inline SVG icons for the transport buttons: the Unicode symbols (⏭, ⛶) are missing from many system fonts. */

export type IconName =
  'play' | 'pause' | 'step' | 'reset' | 'present' | 'fullscreen' | 'share' | 'export' | 'qr' | 'open';

const PATHS: Readonly<Record<IconName, string>> = {
  play: 'M4 2.5v11l9-5.5z',
  pause: 'M3.5 2.5h3.2v11H3.5zM9.3 2.5h3.2v11H9.3z',
  step: 'M2.5 2.5v11l7.5-5.5zM11 2.5h2.5v11H11z',
  reset: 'M8 2.5a5.5 5.5 0 1 1-5.2 3.7l1.9.7A3.5 3.5 0 1 0 8 4.5v2.2L4.6 3.5 8 .3z',
  present: 'M1.5 1.5h5v2h-3v3h-2zM9.5 1.5h5v5h-2v-3h-3zM1.5 9.5h2v3h3v2h-5zM12.5 9.5h2v5h-5v-2h3z',
  fullscreen:
    'M1 1h5L4.3 2.7l2.5 2.5-1.6 1.6-2.5-2.5L1 6zM15 1v5l-1.7-1.7-2.5 2.5-1.6-1.6 2.5-2.5L10 1zM1 15v-5l1.7 1.7 2.5-2.5 1.6 1.6-2.5 2.5L6 15zM15 15h-5l1.7-1.7-2.5-2.5 1.6-1.6 2.5 2.5L15 10z',
  share: 'M8 1l4 4h-3v6H7V5H4zM2.5 9h2v4.5h7V9h2v6.5h-11z',
  export: 'M7 1h2v6h3l-4 4-4-4h3zM2.5 9h2v4.5h7V9h2v6.5h-11z',
  // three finder squares (their holes wound the other way) and a few modules
  qr: 'M1 1h6v6H1zM2.5 2.5v3h3v-3zM9 1h6v6H9zM10.5 2.5v3h3v-3zM1 9h6v6H1zM2.5 10.5v3h3v-3zM9 9h2v2H9zM13 9h2v2h-2zM11 11h2v2h-2zM9 13h2v2H9zM13 13h2v2h-2z',
  open: 'M1 3h5l1.5 1.5H15V14H1zM3 7v5h10V7z',
};

export function Icon({ name }: { readonly name: IconName }) {
  return (
    <svg className="icon" width="1em" height="1em" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
