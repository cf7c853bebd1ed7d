/**
 * TeX typeset by KaTeX, which loads (with its style sheet and fonts) only when the first formula is shown, so the
 * page's first script stays small. Until then the TeX source is there for assistive technology only; if KaTeX
 * cannot load, the source is shown as it is.
 */

import { useEffect, useState } from 'react';

type Katex = typeof import('katex').default;

let katex: Katex | null = null;
let loading: Promise<Katex> | null = null;

function loadKatex(): Promise<Katex> {
  loading ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(
    ([module]) => (katex = module.default),
    (error: unknown) => {
      // a failed chunk load may succeed later (the network came back): let the next formula try again
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Typeset formulas by display mode and source: a scene shown again costs nothing. */
const typeset = new Map<string, string>();

function toHtml(engine: Katex, tex: string, display: boolean): string {
  const key = `${display ? 'display' : 'inline'}:${tex}`;
  let html = typeset.get(key);
  if (html === undefined) {
    // a TeX error shows in red in place of the formula instead of breaking the lesson
    html = engine.renderToString(tex, { displayMode: display, throwOnError: false });
    typeset.set(key, html);
  }
  return html;
}

type Load = 'loading' | 'ready' | 'failed';

function useKatex(): Load {
  const [load, setLoad] = useState<Load>(katex ? 'ready' : 'loading');
  useEffect(() => {
    if (load !== 'loading') return;
    let live = true;
    loadKatex().then(
      () => live && setLoad('ready'),
      () => live && setLoad('failed'),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return load;
}

export interface TeXProps {
  readonly tex: string;
  /** a formula on its own line, centred, in display style */
  readonly display?: boolean;
}

export function TeX({ tex, display = false }: TeXProps) {
  const load = useKatex();
  const className = display ? 'tex tex--display' : 'tex';
  if (load === 'ready' && katex) {
    return <span className={className} dangerouslySetInnerHTML={{ __html: toHtml(katex, tex, display) }} />;
  }
  return <span className={load === 'failed' ? `${className} tex--source` : 'visually-hidden'}>{tex}</span>;
}
