/** The worker's errors: a fatal one replaces the charts with the message and Restart; others are a dismissible banner. */

import { useLab } from '../store/use-lab.ts';

export function ErrorBanner() {
  const error = useLab((s) => s.error);
  const dismiss = useLab((s) => s.dismissError);
  if (!error || error.fatal) return null;
  return (
    <div className="banner banner--error" role="alert">
      <span>{error.message}</span>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}

export function FatalErrorView() {
  const error = useLab((s) => s.error);
  const restart = useLab((s) => s.restartWorker);
  if (!error?.fatal) return null;
  return (
    <div className="fatal" role="alert">
      <h2>The lab stopped</h2>
      <p>{error.message}</p>
      <button type="button" className="button--primary" onClick={restart}>
        Restart
      </button>
    </div>
  );
}
