/** ⤓ Export in the top bar: the run as the CLI's JSON, its CSV tables as a zip, every chart as SVG and PNG (E opens it). */

import { useLab, useLabStore } from '../store/use-lab.ts';
import { saveAllCharts } from './chart-export.ts';
import { saveRunAsJson, saveTablesAsCsvZip } from './download-file.ts';
import { ExportMenuButton } from './export-menu-button.tsx';
import { Icon } from './icon.tsx';

export function ExportMenu() {
  const store = useLabStore();
  const open = useLab((s) => s.exportOpen);
  const setOpen = useLab((s) => s.setExportOpen);
  return (
    <ExportMenuButton
      name="Export"
      hint="Save the run or its charts as files (E)"
      className="top-bar__export"
      shortcut="E"
      open={open}
      onOpenChange={setOpen}
      actions={[
        { label: 'Run as JSON', run: () => saveRunAsJson(store.getState()) },
        { label: 'Tables as CSV (zip)', run: () => saveTablesAsCsvZip(store.getState()) },
        { label: 'All charts (zip of SVG + PNG)', run: () => saveAllCharts(store.getState()) },
      ]}
    >
      <Icon name="export" />
      <span className="top-bar__label">Export</span>
    </ExportMenuButton>
  );
}
