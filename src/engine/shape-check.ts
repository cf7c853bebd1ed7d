/** Shape checks at the module boundaries, with messages that state the contract. */

/** "60×784" for a matrix, "100" for a vector (cols = 0). */
export function describeShape(rows: number, cols: number): string {
  return cols === 0 ? `${rows}` : `${rows}×${cols}`;
}

/** Throws `expected x of 60×784, got 60×100` unless `length` holds at least rows × cols numbers. */
export function checkMatrixLength(name: string, length: number, rows: number, cols: number): void {
  if (length >= rows * cols) return;
  const got = rows > 0 && length % rows === 0 ? `${rows}×${length / rows}` : `${length} numbers`;
  throw new Error(`expected ${name} of ${rows}×${cols}, got ${got}`);
}

/** Throws unless `rows` is a positive integer no larger than `max` (when given). */
export function checkRows(name: string, rows: number, max = Infinity): void {
  if (!Number.isInteger(rows) || rows < 1 || rows > max) {
    const bound = max === Infinity ? '' : ` ≤ ${max}`;
    throw new Error(`expected ${name} to be an integer ≥ 1${bound}, got ${rows}`);
  }
}
