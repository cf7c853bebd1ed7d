/** A sentence with inline TeX between $…$, as the scene texts write it. */

import { TeX } from './tex.tsx';

export function MathText({ text }: { readonly text: string }) {
  // split on the dollars: even pieces are words, odd pieces TeX
  return <>{text.split('$').map((piece, i) => (i % 2 === 1 ? <TeX key={i} tex={piece} /> : piece))}</>;
}
