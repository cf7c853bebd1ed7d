/**
 * Export in the built app, in Chromium: after a few probes, one chart as SVG and as PNG (2×), the run as a CSV zip
 * and as JSON, and every chart as one zip, each saved as the browser's download and checked as a file.
 */

import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { historyToCsv } from '../../src/protocol/history-csv.ts';
import { historyFromJson } from '../../src/protocol/history-json.ts';
import { runBrowserTests, useServedChromium, watchForProblems } from './harness.ts';

const LOSS = 'Loss of every net: test (solid) and train (dashed)';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Clicks a menu item and returns the file the browser downloads: its suggested name and its bytes. */
async function download(page: Page, item: Locator): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), item.click()]);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(await file.path())) };
}

/** What an SVG file holds, parsed by the browser's own XML parser. */
function parseSvg(page: Page, text: string) {
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      texts: [...root.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      legend: [...root.querySelectorAll('[data-legend-entry]')].map((e) => e.getAttribute('data-legend-entry')),
    };
  }, text);
}

/** The PNG's size from its IHDR chunk, which follows the 8-byte signature: width and height as 32-bit big-endian. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.slice(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(strFromU8(bytes.slice(12, 16))).toBe('IHDR');
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Decodes a PNG in the page, as an <img> would: its pixel size. */
function decodePng(page: Page, bytes: Uint8Array) {
  return page.evaluate(async (data) => {
    const bitmap = await createImageBitmap(new Blob([new Uint8Array(data)], { type: 'image/png' }));
    return { width: bitmap.width, height: bitmap.height };
  }, Array.from(bytes));
}

describe.skipIf(!runBrowserTests)('Export in Chromium', () => {
  const app = useServedChromium();

  it('saves a chart as SVG and PNG, the run as CSV tables and JSON, and every chart as one zip', async () => {
    const page = await app.newPage();
    const problems = watchForProblems(page);
    await page.goto(`${app.url()}?pe=20&init=xavier`);
    const chart = page.getByRole('img', { name: LOSS });
    await chart.waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(
      () => /([3-9]|\d\d+) probes/.test(document.querySelector('.timeline__state')?.textContent ?? ''),
      null,
      {
        timeout: 60_000,
      },
    );
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Play' }).waitFor();

    // one chart, from the menu in its corner
    const cssWidth = Number(await chart.getAttribute('width'));
    const legend = await page
      .locator('figure', { has: chart })
      .getByRole('list', { name: 'legend' })
      .getByRole('listitem')
      .allTextContents();
    const menu = page.getByRole('button', { name: `Export chart: ${LOSS}` });
    await menu.click();
    const svgFile = await download(page, page.getByRole('menuitem', { name: 'SVG' }));
    expect(svgFile.name).toMatch(/^bn-lab-.+-step-\d+-loss-of-every-net-test-solid-and-train-dashed\.svg$/);
    const svg = await parseSvg(page, strFromU8(svgFile.bytes));
    expect(svg.error).toBeNull();
    expect(svg.width).toBe(cssWidth);
    expect(svg.texts).toContain(LOSS);
    expect(svg.legend).toEqual(legend);

    await menu.click();
    const pngFile = await download(page, page.getByRole('menuitem', { name: 'PNG (2×)' }));
    expect(pngFile.name).toMatch(/\.png$/);
    const size = { width: 2 * svg.width, height: 2 * svg.height };
    expect(pngSize(pngFile.bytes)).toEqual(size);
    expect(await decodePng(page, pngFile.bytes)).toEqual(size);

    // the run: the CSV zip holds the tables the CLI would write from the JSON export
    const exportMenu = page.getByRole('button', { name: 'Export', exact: true });
    await exportMenu.click();
    const zipFile = await download(page, page.getByRole('menuitem', { name: 'Tables as CSV (zip)' }));
    expect(zipFile.name).toMatch(/-tables\.zip$/);
    await page.keyboard.press('e');
    const jsonFile = await download(page, page.getByRole('menuitem', { name: 'Run as JSON' }));
    const tables = historyToCsv(historyFromJson(strFromU8(jsonFile.bytes)));
    const unzipped = unzipSync(zipFile.bytes);
    expect(Object.keys(unzipped).sort()).toEqual(Object.keys(tables).sort());
    for (const [name, text] of Object.entries(tables)) expect(strFromU8(unzipped[name])).toBe(text);

    // every chart on the page, SVG and PNG each
    const titles = await page
      .locator('figure[data-chart] svg[role="img"]')
      .evaluateAll((charts) =>
        charts.filter((c) => !c.closest('details:not([open])')).map((c) => c.getAttribute('aria-label')),
      );
    await exportMenu.click();
    const chartsFile = await download(page, page.getByRole('menuitem', { name: 'All charts (zip of SVG + PNG)' }));
    const charts = unzipSync(chartsFile.bytes);
    const names = Object.keys(charts);
    expect(names).toHaveLength(2 * titles.length);
    for (const name of names.filter((n) => n.endsWith('.svg'))) {
      expect((await parseSvg(page, strFromU8(charts[name]))).error).toBeNull();
      expect(pngSize(charts[name.replace(/svg$/, 'png')]).width).toBeGreaterThan(0);
    }
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'charts saved' }).textContent())
      .toContain(`${titles.length} charts saved`);

    expect(problems).toEqual([]);
    await page.close();
  });
});
