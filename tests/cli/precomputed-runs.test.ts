/**
 * The precomputed runs in public/runs/ are what `npm run precompute` writes today: a change to the engine, the
 * probes or a scene's config that changes their numbers fails here until they are regenerated.
 */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_SHIPPED_BYTES } from '../../src/cli/shipped-run.ts';
import { trainRun } from '../../src/cli/train-run.ts';
import { datasetFor } from '../../src/lab/dataset-for.ts';
import { DEFAULT_PRESET, PRECOMPUTED_FILES, PRESETS, SCENE_NAMES, precomputedPath } from '../../src/lab/presets.ts';
import { TwinRun } from '../../src/lab/twin-run.ts';
import type { ProbeRecord, RunHistory } from '../../src/protocol/history.ts';
import { historyFromJson, historyToJson } from '../../src/protocol/history-json.ts';
import { roundHistory } from '../../src/protocol/round-history.ts';
import { runFromBytes } from '../../src/protocol/run-file.ts';
import { validateConfig } from '../../src/protocol/validate-config.ts';
import { mnistOnce } from '../lab/run-helpers.ts';

/** The shipped run of a preset (scenes of one config share a file). */
function shippedBytes(name: string): Uint8Array {
  return readFileSync(fileURLToPath(new URL(`../../public/${precomputedPath(name)}`, import.meta.url)));
}

/** A regenerated history as a shipped one is: rounded the same way, then through JSON. */
function asShipped(history: RunHistory): RunHistory {
  return historyFromJson(historyToJson(roundHistory(history)));
}

/** Per net, the probes at or before a step. */
function probesUpTo(history: RunHistory, step: number): Record<string, ProbeRecord[]> {
  return Object.fromEntries(
    Object.entries(history.nets).map(([name, net]) => [name, net.probes.filter((p) => p.step <= step)]),
  );
}

describe('the precomputed runs shipped with the site', () => {
  it('hold Figure 1’s first 2,000 steps exactly as they train today, and all 50,000 of them', () => {
    const shipped = runFromBytes(shippedBytes(DEFAULT_PRESET));
    const config = PRESETS[DEFAULT_PRESET];
    const regenerated = asShipped(trainRun({ ...config, steps: 2000 }, 'wasm').history);
    const early = probesUpTo(shipped, 2000);
    expect(early.bn.map((p) => p.step)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(early).toEqual(probesUpTo(regenerated, 2000));
    expect(shipped.nets.bn.probes.at(-1)?.step).toBe(50_000);
    expect(shipped.backend).toBe('wasm');
  });

  it.each(PRECOMPUTED_FILES)(
    '%s: is at most 1 MB, has the preset’s config today, runs to its end and starts where a new run starts',
    (name) => {
      const bytes = shippedBytes(name);
      expect(bytes.length).toBeLessThanOrEqual(MAX_SHIPPED_BYTES);
      const shipped = runFromBytes(bytes);
      const config = validateConfig(PRESETS[name]);
      expect(shipped.config).toEqual(config);
      for (const net of Object.values(shipped.nets)) expect(net.probes.at(-1)?.step).toBe(config.steps);
      // the constructor takes the step-0 probe
      const start = asShipped(new TwinRun(config, datasetFor(config, mnistOnce())).history);
      expect(probesUpTo(shipped, 0)).toEqual(probesUpTo(start, 0));
    },
  );

  it('give every scene a run of its own config', () => {
    for (const scene of SCENE_NAMES) {
      const shipped = runFromBytes(shippedBytes(scene));
      expect(shipped.config, scene).toEqual(validateConfig(PRESETS[scene]));
    }
  });
});
