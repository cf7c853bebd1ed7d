/** The benches' flags: positive whole numbers, and a bad flag as one line on stderr with exit code 2. */

export class FlagError extends Error {
  override readonly name = 'FlagError';
}

/** The flag's value as a whole number ≥ `min`, or `fallback` when it is absent. */
export function positiveFlag(name: string, text: string | undefined, fallback: number, min = 1): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min)
    throw new FlagError(`--${name} must be a whole number ≥ ${min}, got ${text}`);
  return value;
}

/** Parses the flags with `parse`; a bad one ends the process with code 2 and one line naming it. */
export function parseOrExit<T>(tool: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    process.stderr.write(`${tool}: ${error instanceof Error ? error.message : String(error)} (see --help)\n`);
    process.exit(2);
  }
}

/** A block of output and a blank line. */
export function print(text: string): void {
  process.stdout.write(`${text.trimEnd()}\n\n`);
}
