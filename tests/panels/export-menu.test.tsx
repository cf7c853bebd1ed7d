import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, unzipSync } from 'fflate';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TopBar } from '../../src/panels/top-bar.tsx';
import { useKeyboardShortcuts } from '../../src/panels/use-keyboard-shortcuts.ts';
import { historyToCsv } from '../../src/protocol/history-csv.ts';
import { historyFromJson } from '../../src/protocol/history-json.ts';
import { pageHistory } from '../../src/store/page-history.ts';
import { useLabStore } from '../../src/store/use-lab.ts';
import { captureDownloads } from './downloads.ts';
import { labWith, renderWith } from './lab-fixture.tsx';

afterEach(() => vi.restoreAllMocks());

// JSON writes −0 as 0 (so does the run's fingerprint): equal numbers are equal here, and NaN equals NaN
expect.addEqualityTesters([
  (a, b) =>
    typeof a === 'number' && typeof b === 'number' ? a === b || (Number.isNaN(a) && Number.isNaN(b)) : undefined,
]);

/** The page's keyboard map is on, as in the app. */
function WithKeys({ children }: { readonly children: ReactNode }) {
  useKeyboardShortcuts(useLabStore());
  return children;
}

const ITEMS = ['Run as JSON', 'Tables as CSV (zip)', 'All charts (zip of SVG + PNG)'];

async function choose(item: string) {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Export' }));
  await user.click(screen.getByRole('menuitem', { name: item }));
}

describe("the top bar's Export menu", () => {
  it('lists the run as JSON, its tables as a CSV zip and every chart, in normal and presenter mode', async () => {
    const { store } = renderWith(<TopBar />, labWith());
    const user = userEvent.setup();
    for (const presenter of [false, true]) {
      store.getState().setPresenter(presenter);
      await user.click(await screen.findByRole('button', { name: 'Export' }));
      const menu = screen.getByRole('menu', { name: 'Export' });
      expect(
        within(menu)
          .getAllByRole('menuitem')
          .map((item) => item.textContent),
      ).toEqual(ITEMS);
      await user.keyboard('{Escape}');
    }
  });

  it('opens with E from anywhere, focus on its first item; the page keys wait until Escape closes it', async () => {
    const { store, port } = renderWith(
      <WithKeys>
        <TopBar />
      </WithKeys>,
      labWith(),
    );
    store.getState().setPresenter(true);
    const user = userEvent.setup();
    await user.keyboard('e');
    expect(screen.getByRole('menuitem', { name: 'Run as JSON' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: ITEMS[2] })).toHaveFocus();
    // r would reset, p leave presenter mode, Escape too: inside the menu they are the menu's
    await user.keyboard('rp{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export' })).toHaveFocus();
    expect(store.getState().presenter).toBe(true);
    expect(port.sent).toEqual([]);
  });

  it('takes space on an item as choosing it, not as play', async () => {
    const { port } = renderWith(
      <WithKeys>
        <TopBar />
      </WithKeys>,
      labWith(),
    );
    const downloads = captureDownloads();
    const user = userEvent.setup();
    await user.keyboard('e');
    await user.keyboard(' ');
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].fileName).toMatch(/\.json$/);
    expect(port.sent).toEqual([]);
  });

  it('saves the run as JSON that reads back to the same probes', async () => {
    const { store } = renderWith(<TopBar />, labWith());
    const downloads = captureDownloads();
    await choose('Run as JSON');
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    const { presetName, probes } = store.getState();
    expect(downloads[0].fileName).toBe(`bn-lab-${presetName}-step-300.json`);
    const history = historyFromJson(await downloads[0].blob.text());
    for (const [name, records] of Object.entries(probes)) expect(history.nets[name].probes).toEqual(records);
  });

  it("saves the CLI's CSV tables as one zip: the same files with the same contents", async () => {
    const { store } = renderWith(<TopBar />, labWith());
    const downloads = captureDownloads();
    await choose('Tables as CSV (zip)');
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].fileName).toBe(`bn-lab-${store.getState().presetName}-step-300-tables.zip`);
    const files = unzipSync(new Uint8Array(await downloads[0].blob.arrayBuffer()));
    const tables = historyToCsv(pageHistory(store.getState()));
    expect(Object.keys(files).sort()).toEqual(Object.keys(tables).sort());
    for (const [name, text] of Object.entries(tables)) expect(strFromU8(files[name])).toBe(text);
  });

  it('says why when there is no chart to save', async () => {
    renderWith(<TopBar />, labWith());
    captureDownloads();
    await choose(ITEMS[2]);
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not export: there is no chart on the page yet');
  });
});
