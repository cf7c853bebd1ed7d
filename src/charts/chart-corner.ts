/**
 * What the page puts in a chart's top-right corner (its export menu). Charts never read the store: the panels
 * provide this, and a chart only says where it goes and which <figure> it belongs to.
 */

import { createContext, type ReactNode, type RefObject } from 'react';

export interface ChartCornerProps {
  /** the chart's title, its accessible name */
  readonly title: string;
  /** the chart's <figure>: legend, SVG, summary and caption */
  readonly figure: RefObject<HTMLElement | null>;
}

export type ChartCorner = (props: ChartCornerProps) => ReactNode;

export const ChartCornerContext = createContext<ChartCorner | null>(null);
