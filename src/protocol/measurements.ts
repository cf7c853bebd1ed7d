/**
 * On-demand measurements of the lessons, taken between two steps and changing nothing the run keeps: what the page
 * asks the worker for, and what comes back. Typed arrays are not used, so results are plain JSON.
 */

/** §3.3: L(a·W_l) and ‖∂L/∂W_l‖₂ at a·W_l on the last training batch, BN with batch statistics. */
export interface ScaleProbeResult {
  /** SGD updates done: the batch is the one of the last update */
  readonly step: number;
  /** 1-based hidden layer */
  readonly layer: number;
  readonly factors: number[];
  /** per live net, one entry per factor */
  readonly nets: Record<string, { loss: number[]; gradNorm: number[] }>;
}

/** §3.1: test accuracy with running statistics, Algorithm 2's, and in training mode by inference batch size. */
export interface InferenceProbeResult {
  readonly step: number;
  readonly batchSizes: number[];
  readonly nets: Record<string, { running: number; population: number; byBatchSize: number[] }>;
}

/** A probe digit whose eval-mode p(true class) is near ½: batch noise can tip it. */
export interface BorderlineDigit {
  /** index in the probe set */
  readonly index: number;
  readonly p: number;
}

/** §3.4: one digit's p(true) over batches of random mates, and the share of probe digits that flip. */
export interface RegularizerProbeResult {
  readonly step: number;
  /** the chosen digit's index in the probe set */
  readonly digit: number;
  readonly label: number;
  /** per live net: the digit's p(true class) in each batch, and the share of probe digits that change class */
  readonly nets: Record<string, { pTrue: number[]; flipShare: number }>;
}

/** What the page asks for. A regularizer request without a digit takes the most borderline one. */
export type MeasureRequest =
  | { readonly kind: 'scale'; readonly layer: number }
  | { readonly kind: 'inference' }
  | { readonly kind: 'regularizer'; readonly digit: number | null };

/** What comes back. */
export type Measurement =
  | { readonly kind: 'scale'; readonly result: ScaleProbeResult }
  | { readonly kind: 'inference'; readonly result: InferenceProbeResult }
  | {
      readonly kind: 'regularizer';
      readonly result: RegularizerProbeResult;
      /** the four most borderline digits, for the page to offer */
      readonly candidates: readonly BorderlineDigit[];
    };
