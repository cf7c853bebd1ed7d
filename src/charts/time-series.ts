/** The data of a time chart: named series of (step, value), optionally with a band. */

export interface TimePoint {
  readonly step: number;
  readonly value: number;
}

export interface BandPoint {
  readonly step: number;
  readonly lo: number;
  readonly hi: number;
}

export interface TimeSeries {
  /** unique within the chart; the path's data-series attribute */
  readonly name: string;
  /** legend and read-out text; defaults to name */
  readonly label?: string;
  readonly color: string;
  /** in step order; NaN values are skipped */
  readonly points: readonly TimePoint[];
  /** e.g. train loss next to test loss */
  readonly dashed?: boolean;
  /** 0 (default) for the first net of its kind; the second, third, … are dotted or dash-dot with point markers */
  readonly variant?: number;
  /** a faint area behind the line, e.g. the min–max of γ over units */
  readonly band?: readonly BandPoint[];
  /** the step this series' net diverged at: a ✕ there */
  readonly divergedAt?: number | null;
}

export const labelOf = (s: TimeSeries): string => s.label ?? s.name;
