/**
 * `npm run bench:browser`: the built app in headless Chromium. The whole paper-fig1 run in the page (link → Play at
 * the fastest speed → finished), its first 2,000 steps, the main thread's long tasks while training, the worker's
 * answer to Pause at the largest config, TensorFlow.js's twin step in the same browser right after, the initial JS
 * (gzip) and the data payload; targets marked ✓/✗. `--steps N` shortens the run (the output marks the estimate).
 */

import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { loadMnistNode } from '../data/mnist-node.ts';
import { parseOrExit, positiveFlag, print } from './bench-args.ts';
import { browserTargets, initialLoadText, pageRunText, pauseText, tfjsPageTable } from './bench-browser-print.ts';
import { buildAndServe, initialLoad } from './bench-dist.ts';
import { CHROMIUM, launchChromium } from './headless-chromium.ts';
import { largestConfig } from './bench-engine.ts';
import { fig1Losses, FIG1 } from './bench-fig1.ts';
import { instrumentPage, linkFor, pauseAnswers, runInPage, tfjsInPage } from './bench-page.ts';
import { lossCheck, lossGap } from './bench-print.ts';
import { duration, machineFacts, machineLine, targetTable, writeResults } from './bench-report.ts';
import { median } from './bench-stats.ts';

/** How long training runs before each Pause at the largest config, ms: different moments of a step. */
const PAUSE_WAITS = [2000, 3300, 4600];

const USAGE = `npm run bench:browser -- [flags]
  --steps N           shorten the paper-fig1 run to N steps (default ${FIG1.steps}; the output marks the estimate)
  --json FILE         also write every number to FILE
  --blocks N          timed blocks per TF.js median (default and least 5)
  --min-block-ms N    a block runs whole steps for at least this long (default 250)
  --help`;

function options() {
  const { values } = parseArgs({
    options: {
      steps: { type: 'string' },
      json: { type: 'string' },
      blocks: { type: 'string' },
      'min-block-ms': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  return {
    help: values.help ?? false,
    steps: positiveFlag('steps', values.steps, FIG1.steps),
    json: values.json,
    timing: {
      blocks: positiveFlag('blocks', values.blocks, 5, 5),
      minBlockMs: positiveFlag('min-block-ms', values['min-block-ms'], 250),
    },
  };
}

const say = (text: string) => process.stderr.write(`${text}\n`);

/** Every measurement in one browser: the run, the Pause answers (same page), then TF.js in a page of its own. */
async function measure(browser: Browser, url: string, opts: ReturnType<typeof options>) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await instrumentPage(page);
  say(`paper-fig1 in the page, ${opts.steps} steps…`);
  const link = linkFor(url, { scene: 'paper-fig1', steps: opts.steps, pe: FIG1.probeEvery });
  const run = await runInPage(page, link, opts.steps, FIG1.steps);
  print(pageRunText(run));
  say('Pause at the largest config…');
  const largest = largestConfig();
  const fields = { scene: 'paper-fig1', h: largest.hidden.join(','), bs: largest.batchSize, ps: largest.probeSize };
  const answersMs = await pauseAnswers(page, linkFor(url, fields), PAUSE_WAITS);
  print(pauseText(largest, answersMs));
  await page.close();
  say('TensorFlow.js in the page…');
  const tfjs = await tfjsInPage(await context.newPage(), url, opts.timing);
  print(tfjsPageTable(tfjs, run));
  const pause = { hidden: largest.hidden, batchSize: largest.batchSize, answersMs, medianMs: median(answersMs) };
  return { run, pause, tfjs };
}

async function main(): Promise<void> {
  const opts = parseOrExit('bench:browser', options);
  if (opts.help) return print(USAGE);
  if (!existsSync(CHROMIUM)) {
    say(`bench:browser drives Chromium at ${CHROMIUM}; install it with apt-get install -y chromium`);
    process.exit(1);
  }
  const machine = machineFacts();
  say('building the app…');
  const served = await buildAndServe();
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const chromiumVersion = browser.version();
    print(`BN Lab bench:browser · ${machineLine(machine, ` · Chromium ${chromiumVersion}`)}`);
    const load = initialLoad(served.outDir);
    const payload = statSync(join(served.outDir, 'data', 'mnist.bin.gz')).size;
    print(initialLoadText(load, payload));
    const { run, pause, tfjs } = await measure(browser, served.url, opts);
    const oracle = fig1Losses(loadMnistNode());
    print(lossCheck(oracle, tfjs, null));
    const targets = browserTargets(run, tfjs, load);
    print(targetTable(targets));
    const lossGaps = Object.fromEntries(tfjs.map((r) => [r.backend, lossGap(r.losses, oracle)]));
    const results = { machine, chromium: chromiumVersion, initialLoad: load, payload, run, pause, tfjs, lossGaps };
    writeResults(opts.json, { ...results, targets });
    say(`done in ${duration(performance.now())}`);
  } finally {
    await browser?.close();
    await served.close();
  }
}

await main();
