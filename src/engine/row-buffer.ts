/** A rows × width buffer that grows once to the largest row count asked for, then is reused. */

import { allocFloats, type Floats, type Precision } from './floats.ts';

export class RowBuffer {
  private data: Floats;
  private capacity: number;

  constructor(
    readonly precision: Precision,
    readonly width: number,
    rows: number,
  ) {
    this.capacity = rows;
    this.data = allocFloats(precision, rows * width);
  }

  /** At least rows × width numbers; reallocates (contents lost) only when rows exceeds the capacity. */
  ensure(rows: number): Floats {
    if (rows > this.capacity) {
      this.capacity = rows;
      this.data = allocFloats(this.precision, rows * this.width);
    }
    return this.data;
  }

  /** The current storage, possibly longer than the last rows × width written. */
  get current(): Floats {
    return this.data;
  }
}
