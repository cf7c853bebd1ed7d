/** The kinds of net a user can pick, labelled with what each one does. */

import { NORM_KINDS, type NormKind } from '../protocol/config.ts';

const KIND_LABELS: Readonly<Record<NormKind, string>> = {
  none: 'plain (no normalisation)',
  bn: 'BN (Algorithm 1)',
  'bn-fixed': 'BN without γ, β (fixed)',
  'center-stopgrad': 'mean-centring with stop-gradient (§2 trap)',
  'noisy-bn': 'BN plus random scale and shift (noisy BN)',
};

export const KIND_OPTIONS: readonly { readonly value: NormKind; readonly label: string }[] = NORM_KINDS.map(
  (value) => ({ value, label: KIND_LABELS[value] }),
);
