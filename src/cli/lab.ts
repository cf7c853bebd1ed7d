/** `npm run lab -- …`: runs a preset or config headless and writes the history as JSON and CSV; `sweep` a sweep. */

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyToCsv } from '../protocol/history-csv.ts';
import type { TwinRun } from '../lab/twin-run.ts';
import type { RunHistory } from '../protocol/history.ts';
import { historyToJson } from '../protocol/history-json.ts';
import { parseCliArgs, parseOrExit, USAGE } from './args.ts';
import { measuresTable } from './measures-table.ts';
import { Progress } from './progress.ts';
import { sceneReport } from './scene-report.ts';
import { fingerprintLine, summaryTable } from './summary.ts';
import { runSweep } from './sweep.ts';
import { runInThreads } from './thread-run.ts';
import { trainRun } from './train-run.ts';

/**
 * The run's history. Several nets without a scene train one worker thread per net (thread-run.ts: the same bits, in
 * about half the time on two cores); a scene's run stays in one thread, because its report measures the nets.
 */
async function train(
  options: ReturnType<typeof parseCliArgs>,
  onStep: (step: number) => void,
): Promise<{ history: RunHistory; run: TwinRun | null }> {
  const { config, backend, scene } = options;
  if (scene === undefined && config.nets.length > 1)
    return { history: await runInThreads(config, backend, onStep), run: null };
  const run = trainRun(config, backend, onStep);
  return { history: run.history, run };
}

async function main(): Promise<void> {
  const options = parseOrExit(() => parseCliArgs(process.argv.slice(2)));
  if (options.help) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  const { config } = options;
  const progress = options.quiet ? null : new Progress(process.stderr, config.steps);
  const { history, run } = await train(options, (step) => progress?.update(step));
  progress?.finish();
  if (options.out) writeFileSync(options.out, historyToJson(history) + '\n');
  if (options.csv) {
    mkdirSync(options.csv, { recursive: true });
    for (const [file, text] of Object.entries(historyToCsv(history))) writeFileSync(join(options.csv, file), text);
  }
  const report = options.scene === undefined || run === null ? null : sceneReport(options.scene, run);
  // the summary table ends with the run's fingerprint; a scene's table and a run with --out keep stdout as it
  // was, so there the fingerprint follows the progress on stderr
  if (report !== null) process.stdout.write(report);
  else if (!options.out)
    process.stdout.write(summaryTable(history) + measuresTable(history) + fingerprintLine(history));
  if ((report !== null || options.out) && !options.quiet) process.stderr.write(fingerprintLine(history));
}

if (process.argv[2] === 'sweep') void runSweep(process.argv.slice(3));
else void main();
