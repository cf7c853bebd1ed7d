/** `npm run lab -- …` as the tests run it: the CLI under tsx from the repository root, its exit code and output. */

import { spawnSync } from 'node:child_process';

export const ROOT = new URL('../..', import.meta.url).pathname;

/** The node arguments that start the CLI, before its own. */
export const LAB = ['--import', 'tsx', 'src/cli/lab.ts'];

export function lab(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [...LAB, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
