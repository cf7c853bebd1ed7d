/**
 * A chart as an SVG file that stands alone, built from the chart as it is on screen (its ChartFrame <figure>): the
 * title on top, the legend drawn into the SVG, then a copy of the chart's own <svg> — axes, marks, scrubber marker —
 * and the caption, on the page's white, in the current sizes (presenter mode's large, high-contrast ones included).
 *
 * Why a copy of the rendered chart rather than drawing it again from its data: every chart kind is covered by one
 * function, and the file shows exactly what the screen does. The charts set their colours and line styles as
 * presentation attributes (theme.ts), never through the page's stylesheet; what the page supplies by inheritance —
 * the font, a CSS variable, and the font size — is resolved here, with any other var() and currentColor.
 */

import { legendBlock, legendEntries, svgElement, textBlock } from './svg-text.ts';
import { BACKGROUNDS, FONT_FAMILY, MUTED_TEXT_COLOR, type ChartSizes } from './theme.ts';

export interface StandaloneSvg {
  /** the file's text, an XML document */
  readonly text: string;
  /** CSS px: the chart's width, and its height with the title, legend and caption */
  readonly width: number;
  readonly height: number;
}

/** The innermost var(--name) or var(--name, fallback) of a value. */
const CSS_VAR = /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*?))?\s*\)/;

/** A value with every var() replaced by the custom property's value where it is set, else by its fallback. */
export function resolveCssVars(value: string, lookup: (name: string) => string): string {
  let resolved = value;
  // nested fallbacks resolve from the inside out; a bound keeps a self-referring value from looping
  for (let i = 0; i < 16 && CSS_VAR.test(resolved); i++) {
    resolved = resolved.replace(CSS_VAR, (_, name: string, fallback = '') => lookup(name).trim() || fallback.trim());
  }
  return resolved;
}

/** Hover-only parts: the transparent rect that hears the mouse and the crosshair. */
const INTERACTIVE = '[data-overlay], [data-crosshair]';

/** What the chart inherits from the page: custom properties ('' where not set) and the font size (NaN if unknown). */
function pageStyle(chart: Element): { readonly property: (name: string) => string; readonly fontSize: number } {
  const computed = chart.ownerDocument.defaultView?.getComputedStyle(chart);
  return { property: (name) => computed?.getPropertyValue(name) ?? '', fontSize: parseFloat(computed?.fontSize ?? '') };
}

/** The chart's marks in a <g>, every inherited value made explicit. */
function chartCopy(chart: SVGSVGElement, sizes: ChartSizes, top: number): Element {
  const page = pageStyle(chart);
  const copy = chart.cloneNode(true) as SVGSVGElement;
  copy.querySelectorAll(`${INTERACTIVE}, :scope > title`).forEach((node) => node.remove());
  const group = svgElement(chart.ownerDocument, 'g', {
    transform: `translate(0,${top})`,
    // text without a size of its own inherits the page's (14 px, 24 px in presenter mode)
    'font-size': page.fontSize || sizes.fontSize,
    fill: '#000000',
  });
  group.append(...copy.childNodes);
  for (const element of [group, ...group.querySelectorAll('*')]) {
    for (const { name, value } of [...element.attributes]) {
      if (!value.includes('var(') && !value.includes('currentColor')) continue;
      element.setAttribute(name, resolveCssVars(value, page.property).replaceAll('currentColor', sizes.textColor));
    }
  }
  return group;
}

interface Page {
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly summary: string;
}

/** The file's <svg>: its size, the page's font, the title and summary for assistive technology, a white ground. */
function fileRoot(chart: SVGSVGElement, { width, height, title, summary }: Page): Element {
  const doc = chart.ownerDocument;
  const root = svgElement(doc, 'svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': resolveCssVars(FONT_FAMILY, pageStyle(chart).property),
    style: 'font-variant-numeric: tabular-nums',
  });
  const titleElement = svgElement(doc, 'title');
  titleElement.textContent = title;
  const desc = svgElement(doc, 'desc');
  desc.textContent = summary;
  root.append(titleElement, desc, svgElement(doc, 'rect', { width, height, fill: BACKGROUNDS.page }));
  return root;
}

/** The chart in `figure` (a ChartFrame) as a standalone SVG document, drawn with `sizes`. */
export function standaloneSvg(figure: Element, sizes: ChartSizes): StandaloneSvg {
  const doc = figure.ownerDocument;
  const chart = figure.querySelector<SVGSVGElement>('svg[role="img"]');
  if (!chart) throw new Error('this chart has no SVG to export');
  const width = Number(chart.getAttribute('width'));
  const chartHeight = Number(chart.getAttribute('height'));
  const title = chart.getAttribute('aria-label') ?? '';
  const { fontSize } = sizes;
  const inset = fontSize / 2;
  const box = (top: number) => ({ x: inset, top, width: width - 2 * inset });

  const heading = textBlock(doc, title, box(inset), {
    fontSize: fontSize * 1.25,
    fill: sizes.textColor,
    fontWeight: 600,
  });
  const legendTop = inset + heading.height + fontSize / 2;
  const legend = legendBlock(doc, legendEntries(figure, sizes.textColor), box(legendTop), fontSize);
  const chartTop = legendTop + legend.height + (legend.height > 0 ? fontSize / 2 : 0);
  const captionText = figure.querySelector('figcaption')?.textContent ?? '';
  const caption = textBlock(doc, captionText, box(chartTop + chartHeight), { fontSize, fill: MUTED_TEXT_COLOR });
  const height = Math.ceil(chartTop + chartHeight + caption.height + inset);

  const summary = figure.querySelector('[data-chart-summary]')?.textContent ?? '';
  const root = fileRoot(chart, { width, height, title, summary });
  root.append(heading.element, legend.element, chartCopy(chart, sizes, chartTop), caption.element);
  const text = new XMLSerializer().serializeToString(root);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${text}\n`, width, height };
}
