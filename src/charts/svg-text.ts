/**
 * Text and legends drawn into a standalone SVG file, where no page lays them out: lines wrapped by an estimate of
 * the text's width, and the legend's entries placed left to right in rows.
 */

import { BACKGROUNDS, textColorOf } from './theme.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The advance of an average character of the system UI font, in em, a little generous: a wrapped line may end early
 * but never runs past the edge. (An SVG file has no layout engine to ask, and the page's may not be there: jsdom.)
 */
const CHAR_EM = 0.6;

/** A coordinate to 0.1 px, which no screen or slide resolves further. */
const tenths = (px: number) => Math.round(px * 10) / 10;

const textWidth = (text: string, fontSize: number) => [...text].length * fontSize * CHAR_EM;

/** An SVG element of `doc` with these attributes. */
export function svgElement(doc: Document, name: string, attributes: Record<string, string | number> = {}): Element {
  const element = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/** Words on lines at most `width` px wide (a word longer than that gets a line of its own). */
function wrapWords(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && textWidth(longer, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line) lines.push(line);
  return lines;
}

export interface TextBlock {
  readonly element: Element;
  readonly height: number;
}

/**
 * Wrapped text from (x, top): one <text>, a <tspan> per line `lineHeight` em apart, each line but the last ending in
 * its space, so that the text reads (and copies) as it was written.
 */
export function textBlock(
  doc: Document,
  text: string,
  box: { readonly x: number; readonly top: number; readonly width: number },
  style: { readonly fontSize: number; readonly fill: string; readonly fontWeight?: number },
  lineHeight = 1.3,
): TextBlock {
  const { fontSize } = style;
  const element = svgElement(doc, 'text', {
    'font-size': fontSize,
    fill: style.fill,
    'font-weight': style.fontWeight ?? 400,
  });
  const lines = wrapWords(text, box.width, fontSize);
  lines.forEach((line, i) => {
    const span = svgElement(doc, 'tspan', { x: box.x, y: tenths(box.top + fontSize * (lineHeight * i + 1)) });
    span.textContent = i < lines.length - 1 ? `${line} ` : line;
    element.append(span);
  });
  return { element, height: lines.length * fontSize * lineHeight };
}

export interface LegendEntry {
  /** the swatch the page drew: a short line in the series' colour and dash pattern, with its marker */
  readonly swatch: Element;
  readonly label: string;
  /** the series' line colour */
  readonly color: string;
  /** px, as laid out on the page (0 where nothing is laid out) */
  readonly width: number;
}

/**
 * The entries of a chart's HTML legend (and of its key to reference lines): a list item with a swatch <svg> and a
 * label, as legend.tsx and xy-marks.tsx draw them.
 */
export function legendEntries(figure: Element, fallbackColor: string): LegendEntry[] {
  return [...figure.querySelectorAll(':scope > ul > li')].flatMap((item) => {
    const swatch = item.querySelector('svg');
    if (!swatch) return [];
    const color = swatch.querySelector('line')?.getAttribute('stroke') ?? fallbackColor;
    return [{ swatch, label: item.textContent?.trim() ?? '', color, width: item.getBoundingClientRect().width }];
  });
}

/**
 * The legend in rows from (x, top), at most `width` wide: each entry's swatch, then its label in the text shade of
 * its colour (the colour darkened to 4.5:1 on white, as the page's text in a net's colour).
 */
export function legendBlock(
  doc: Document,
  entries: readonly LegendEntry[],
  box: { readonly x: number; readonly top: number; readonly width: number },
  fontSize: number,
): TextBlock {
  const group = svgElement(doc, 'g', { 'data-legend': '', 'font-size': fontSize });
  const rowHeight = fontSize * 1.5;
  const gap = fontSize * 0.35;
  let x = 0;
  let row = 0;
  for (const entry of entries) {
    const swatchWidth = Number(entry.swatch.getAttribute('width')) || fontSize * 2;
    const swatchHeight = Number(entry.swatch.getAttribute('height')) || fontSize;
    // the page's own layout where there is one: the file's legend then wraps where the screen's does
    const width = entry.width || swatchWidth + gap + textWidth(entry.label, fontSize);
    if (x > 0 && x + width > box.width) {
      x = 0;
      row += 1;
    }
    const top = box.top + row * rowHeight;
    const item = svgElement(doc, 'g', {
      'data-legend-entry': entry.label,
      transform: `translate(${tenths(box.x + x)},${tenths(top + (rowHeight - swatchHeight) / 2)})`,
    });
    for (const mark of entry.swatch.children) item.append(mark.cloneNode(true));
    const label = svgElement(doc, 'text', {
      x: tenths(swatchWidth + gap),
      y: swatchHeight / 2,
      dy: '0.35em',
      fill: textColorOf(entry.color, BACKGROUNDS.page),
    });
    label.textContent = entry.label;
    item.append(label);
    group.append(item);
    x += width + fontSize;
  }
  return { element: group, height: entries.length > 0 ? (row + 1) * rowHeight : 0 };
}
