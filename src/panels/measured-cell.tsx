/** A grid cell that measures its width and hands it to the chart inside, which gets an export menu in its corner. */

import type { CSSProperties, ReactNode } from 'react';
import { ChartExportMenus } from './chart-export-menu.tsx';
import { useElementSize } from './use-element-size.ts';

export interface MeasuredCellProps {
  readonly className?: string;
  readonly style?: CSSProperties;
  /** above the chart, outside the measured box */
  readonly caption?: ReactNode;
  readonly children: (width: number) => ReactNode;
}

export function MeasuredCell({ className, style, caption, children }: MeasuredCellProps) {
  const [ref, size] = useElementSize<HTMLDivElement>();
  return (
    <div className={className ? `cell ${className}` : 'cell'} style={style}>
      {caption}
      <div ref={ref} className="cell__chart">
        <ChartExportMenus>{children(size.width)}</ChartExportMenus>
      </div>
    </div>
  );
}
