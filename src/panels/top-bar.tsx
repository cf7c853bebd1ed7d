/**
 * The bar across the top, on one line: on narrower screens the secondary buttons show only their icons (their
 * names stay for assistive technology). In presenter mode it keeps the title, transport and step read-out, the
 * learning rate, the BN switch, full screen, the QR code of the run's link and the way out, on two lines where one
 * is too narrow for them.
 */

import { useLab } from '../store/use-lab.ts';
import { ExportMenu } from './export-menu.tsx';
import { FullscreenButton } from './fullscreen-button.tsx';
import { Icon } from './icon.tsx';
import { OpenRunButton } from './open-run-button.tsx';
import { PresenterControls } from './presenter-controls.tsx';
import { QrButton } from './qr-dialog.tsx';
import { SceneSelect } from './scene-select.tsx';
import { ShareButton } from './share-button.tsx';
import { SpeedControl } from './speed-control.tsx';
import { StepReadout } from './step-readout.tsx';
import { TransportControls } from './transport-controls.tsx';

export function TopBar() {
  const presenter = useLab((s) => s.presenter);
  const togglePresenter = useLab((s) => s.togglePresenter);
  const toggleHelp = useLab((s) => s.toggleHelp);
  const helpOpen = useLab((s) => s.helpOpen);
  return (
    <header className="top-bar">
      <h1 className="top-bar__title">BN Lab</h1>
      {presenter ? null : <SceneSelect />}
      <TransportControls />
      {presenter ? null : <SpeedControl />}
      <StepReadout />
      <span className="top-bar__spacer" />
      {presenter ? <PresenterControls /> : null}
      <FullscreenButton />
      <button
        type="button"
        aria-pressed={presenter}
        onClick={togglePresenter}
        aria-keyshortcuts="P"
        title="Presenter mode (P)"
      >
        <Icon name="present" />
        <span className="top-bar__label">{presenter ? 'Exit presenter' : 'Present'}</span>
      </button>
      <OpenRunButton />
      {presenter ? <QrButton /> : <ShareButton />}
      <ExportMenu />
      {presenter ? null : (
        <button
          type="button"
          aria-label="Keyboard shortcuts"
          aria-expanded={helpOpen}
          aria-keyshortcuts="?"
          onClick={toggleHelp}
        >
          ?
        </button>
      )}
    </header>
  );
}
