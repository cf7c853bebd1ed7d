/**
 * The export menu in the corner of every chart (SVG, PNG at 2×), shown on hover and always reachable by keyboard.
 * ChartExportMenus gives it to every chart drawn inside it; a chart itself knows nothing of exports.
 */

import type { ReactNode } from 'react';
import { ChartCornerContext, type ChartCorner, type ChartCornerProps } from '../charts/chart-corner.ts';
import { useLabStore } from '../store/use-lab.ts';
import { saveChart, type ChartFormat } from './chart-export.ts';
import { ExportMenuButton } from './export-menu-button.tsx';
import { Icon } from './icon.tsx';

function ChartExportMenu({ title, figure }: ChartCornerProps) {
  const store = useLabStore();
  const save = (format: ChartFormat) => () => {
    if (!figure.current) throw new Error('the chart is not on the page');
    return saveChart(figure.current, format, store.getState());
  };
  return (
    <ExportMenuButton
      name={`Export chart: ${title}`}
      hint="Save this chart as a file"
      className="chart-export"
      actions={[
        { label: 'SVG', run: save('svg') },
        { label: 'PNG (2×)', run: save('png') },
      ]}
    >
      <Icon name="export" />
    </ExportMenuButton>
  );
}

const exportCorner: ChartCorner = (props) => <ChartExportMenu {...props} />;

export function ChartExportMenus({ children }: { readonly children: ReactNode }) {
  return <ChartCornerContext value={exportCorner}>{children}</ChartCornerContext>;
}
