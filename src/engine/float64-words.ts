/**
 * A float64's two 32-bit words, as fdlibm's __HI(x) and __LO(x) read them: the high word holds the sign bit, the
 * 11 exponent bits and the top 20 fraction bits; the low word the other 32 fraction bits.
 */

// One 8-byte buffer seen both ways, shared by every call: reading or setting a word allocates nothing.
// The word order assumes a little-endian platform (word 0 = low, word 1 = high), as every x86-64 and ARM64
// browser and Node are; a big-endian engine would swap the two words.
const scratch = new ArrayBuffer(8);
const asFloat = new Float64Array(scratch);
const asWords = new Int32Array(scratch);

/** The high word of x as a signed int32 (negative when x's sign bit is set). */
export function highWord(x: number): number {
  asFloat[0] = x;
  return asWords[1];
}

/** The low word of x as a signed int32. */
export function lowWord(x: number): number {
  asFloat[0] = x;
  return asWords[0];
}

/** The float64 whose high and low words are `high` and `low` (each taken modulo 2^32). */
export function fromWords(high: number, low: number): number {
  asWords[1] = high;
  asWords[0] = low;
  return asFloat[0];
}

/** x with its high word replaced and its low word kept: fdlibm's __setHI. */
export function withHighWord(x: number, high: number): number {
  asFloat[0] = x;
  asWords[1] = high;
  return asFloat[0];
}
