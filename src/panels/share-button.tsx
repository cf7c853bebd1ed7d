/** ⇪ Share: copies the page's link (which holds the whole config) and says so. */

import { useEffect, useState } from 'react';
import { Icon } from './icon.tsx';

type Outcome = 'copied' | 'failed' | null;

async function copyLink(): Promise<boolean> {
  const clipboard = globalThis.navigator?.clipboard;
  if (!clipboard?.writeText) return false;
  try {
    await clipboard.writeText(globalThis.location.href);
    return true;
  } catch {
    return false;
  }
}

export function ShareButton() {
  const [outcome, setOutcome] = useState<Outcome>(null);
  useEffect(() => {
    if (outcome === null) return;
    const timer = setTimeout(() => setOutcome(null), 3000);
    return () => clearTimeout(timer);
  }, [outcome]);
  return (
    <span className="share">
      <button
        type="button"
        title="Copy a link to this setup"
        onClick={() => void copyLink().then((ok) => setOutcome(ok ? 'copied' : 'failed'))}
      >
        <Icon name="share" />
        <span className="top-bar__label">Share</span>
      </button>
      <span role="status" className="share__status">
        {outcome === 'copied'
          ? 'link copied'
          : outcome === 'failed'
            ? 'copy the address bar: it holds the whole setup'
            : ''}
      </span>
    </span>
  );
}
