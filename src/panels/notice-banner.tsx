/** A message that is not an error (e.g. a link that could not be used), until dismissed. */

import { useLab } from '../store/use-lab.ts';

export function NoticeBanner() {
  const notice = useLab((s) => s.notice);
  const dismiss = useLab((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <div className="banner banner--notice" role="status" aria-label="Notice">
      <span>{notice}</span>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
