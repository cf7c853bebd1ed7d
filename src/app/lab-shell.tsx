/**
 * The page: top bar, banners (a notice, a link's replay, an error), sidebar, the comparison (or loading, or a fatal
 * error), the scene's lesson, the timeline, and the dialogs: help, Share and the QR code. The lesson is a drawer to
 * the right of the charts rather than a block above them: at 1440 × 900 a block of text and formulas above would
 * push the charts below the fold, while beside them the text stays in view as "Look here" scrolls the charts.
 */

import { useEffect, useRef } from 'react';
import { ComparisonView } from '../panels/comparison-view.tsx';
import { ErrorBanner, FatalErrorView } from '../panels/error-view.tsx';
import { HelpDialog } from '../panels/help-dialog.tsx';
import { LessonPanel } from '../panels/lessons/lesson-panel.tsx';
import { LoadingProgress } from '../panels/loading-progress.tsx';
import { NoticeBanner } from '../panels/notice-banner.tsx';
import { QrDialog } from '../panels/qr-dialog.tsx';
import { ReplayProgress } from '../panels/replay-progress.tsx';
import { ShareDialog } from '../panels/share-dialog.tsx';
import { RecordingBanner } from '../panels/recording-banner.tsx';
import { RunDropZone } from '../panels/run-drop-zone.tsx';
import { Sidebar } from '../panels/sidebar.tsx';
import { TimelineBar } from '../panels/timeline-bar.tsx';
import { TopBar } from '../panels/top-bar.tsx';
import { useKeyboardShortcuts } from '../panels/use-keyboard-shortcuts.ts';
import { useLab, useLabStore } from '../store/use-lab.ts';
import { ErrorBoundary } from './error-boundary.tsx';

function MainContent() {
  const fatal = useLab((s) => s.error?.fatal ?? false);
  // a recording needs no worker to be shown
  const ready = useLab((s) => s.ready || s.recording !== null);
  if (fatal) return <FatalErrorView />;
  return ready ? <ComparisonView /> : <LoadingProgress />;
}

export function LabShell() {
  const store = useLabStore();
  useKeyboardShortcuts(store);
  const presenter = useLab((s) => s.presenter);
  const mainRef = useRef<HTMLElement>(null);
  // presenting hides the sidebar, which may hold focus: focus goes to what is presented instead
  useEffect(() => {
    if (presenter) mainRef.current?.focus();
  }, [presenter]);
  return (
    <div className={presenter ? 'app is-presenter' : 'app'}>
      <TopBar />
      <NoticeBanner />
      <ReplayProgress />
      <RecordingBanner />
      <ErrorBanner />
      <div className="workspace">
        {presenter ? null : <Sidebar />}
        <main ref={mainRef} className="main" tabIndex={-1}>
          <ErrorBoundary area="charts" onRestart={() => store.getState().followLive()}>
            <MainContent />
          </ErrorBoundary>
        </main>
        <LessonPanel />
      </div>
      <TimelineBar />
      <HelpDialog />
      <ShareDialog />
      <QrDialog />
      <RunDropZone />
    </div>
  );
}
