/** The data of an x–y chart: named series of (x, y) points, and flat reference lines. */

/** How the run behind a point ended when not as usual: stalled near chance (hollow), or diverged (✕ on an edge). */
export type PointMark = 'stalled' | 'diverged';

export interface XYPoint {
  readonly x: number;
  /** NaN where there is no value, e.g. a diverged run's */
  readonly y: number;
  readonly mark?: PointMark;
  /** said in the point's tooltip instead of its value, e.g. "diverged at step 12: loss became NaN" */
  readonly note?: string;
}

export interface XYSeries {
  /** unique within the chart; the path's data-series attribute */
  readonly name: string;
  readonly color: string;
  /** in x order; non-finite values (and, on a log y axis, values ≤ 0) are skipped */
  readonly points: readonly XYPoint[];
  /** 0 (default) for the first net of its kind; later ones are dotted or dash-dot with their markers */
  readonly variant?: number;
}

export type ReferencePattern = 'dashed' | 'dotted';

/** A horizontal line at one value, e.g. a net's accuracy with its running statistics. */
export interface ReferenceLine {
  readonly name: string;
  /** in the chart's text summary; defaults to name */
  readonly label?: string;
  readonly color: string;
  readonly value: number;
  readonly pattern: ReferencePattern;
}
