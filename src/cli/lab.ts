/** `npm run lab -- …`: runs a preset or config headless and writes the history as JSON and CSV; `sweep` a sweep. */

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyToCsv } from '../protocol/history-csv.ts';
import { historyToJson } from '../protocol/history-json.ts';
import { parseCliArgs, parseOrExit, USAGE } from './args.ts';
import { measuresTable } from './measures-table.ts';
import { Progress } from './progress.ts';
import { sceneReport } from './scene-report.ts';
import { fingerprintLine, summaryTable } from './summary.ts';
import { runSweep } from './sweep.ts';
import { trainRun } from './train-run.ts';

function main(): void {
  const options = parseOrExit(() => parseCliArgs(process.argv.slice(2)));
  if (options.help) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  const { config } = options;
  const progress = options.quiet ? null : new Progress(process.stderr, config.steps);
  const run = trainRun(config, options.backend, (step) => progress?.update(step));
  progress?.finish();
  const history = run.history;
  if (options.out) writeFileSync(options.out, historyToJson(history) + '\n');
  if (options.csv) {
    mkdirSync(options.csv, { recursive: true });
    for (const [file, text] of Object.entries(historyToCsv(history))) writeFileSync(join(options.csv, file), text);
  }
  const report = options.scene === undefined ? null : sceneReport(options.scene, run);
  // the summary table ends with the run's fingerprint; a scene's table and a run with --out keep stdout as it
  // was, so there the fingerprint follows the progress on stderr
  if (report !== null) process.stdout.write(report);
  else if (!options.out)
    process.stdout.write(summaryTable(history) + measuresTable(history) + fingerprintLine(history));
  if ((report !== null || options.out) && !options.quiet) process.stderr.write(fingerprintLine(history));
}

if (process.argv[2] === 'sweep') void runSweep(process.argv.slice(3));
else main();
