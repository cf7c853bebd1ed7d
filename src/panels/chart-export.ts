/**
 * Charts as files: one chart as SVG or as a PNG at twice its size (sharp on a slide), or every chart on the page
 * as one zip of both. Each is drawn in the sizes on screen, so presenter mode gives the large, high-contrast ones.
 */

import type { Zippable } from 'fflate';
import { standaloneSvg, type StandaloneSvg } from '../charts/standalone-svg.ts';
import { chartSizes } from '../charts/theme.ts';
import type { LabState } from '../store/lab-state.ts';
import { downloadBlob, runFileStem, zipBlob } from './download-file.ts';

export type ChartFormat = 'svg' | 'png';

type ExportState = Pick<LabState, 'presetName' | 'status' | 'presenter'>;

/** The PNG's pixels per CSS pixel. */
const PNG_SCALE = 2;

const GREEK: Readonly<Record<string, string>> = { γ: 'gamma', β: 'beta', μ: 'mu', σ: 'sigma', Δ: 'delta', η: 'eta' };

/** A chart's title as a file name: "plain: γ (scale) per layer" → "plain-gamma-scale-per-layer". */
export function chartSlug(title: string): string {
  const slug = title
    .replace(/[γβμσΔη]/g, (letter) => ` ${GREEK[letter]} `)
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug.slice(0, 80).replace(/-$/, '') || 'chart';
}

/** The SVG drawn into a canvas PNG_SCALE times its CSS size. */
async function rasterize(svg: StandaloneSvg): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image(svg.width, svg.height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * PNG_SCALE);
    canvas.height = Math.round(svg.height * PNG_SCALE);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw into a canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function chartFile(figure: Element, format: ChartFormat, presenter: boolean): Promise<Blob> {
  const svg = standaloneSvg(figure, chartSizes(presenter));
  return format === 'svg' ? new Blob([svg.text], { type: 'image/svg+xml' }) : rasterize(svg);
}

const titleOf = (figure: Element) => figure.querySelector('svg[role="img"]')?.getAttribute('aria-label') ?? '';

/** Saves one chart (a ChartFrame <figure>) as `bn-lab-<scene>-step-<n>-<title>.svg` or `.png`. */
export async function saveChart(figure: Element, format: ChartFormat, state: ExportState): Promise<void> {
  const blob = await chartFile(figure, format, state.presenter);
  downloadBlob(`${runFileStem(state)}-${chartSlug(titleOf(figure))}.${format}`, blob);
}

/** The charts a reader can see: not those folded away in a closed <details>. */
function chartsOn(root: ParentNode): Element[] {
  return [...root.querySelectorAll('figure[data-chart]')].filter((figure) => !figure.closest('details:not([open])'));
}

/** Every chart on the page as SVG and PNG, numbered in page order, in one zip; says how many it saved. */
export async function saveAllCharts(state: ExportState, root: ParentNode = document): Promise<string> {
  const figures = chartsOn(root);
  if (figures.length === 0) throw new Error('there is no chart on the page yet');
  const files: Zippable = {};
  for (const [i, figure] of figures.entries()) {
    const name = `${String(i + 1).padStart(2, '0')}-${chartSlug(titleOf(figure))}`;
    const bytes = async (format: ChartFormat) =>
      new Uint8Array(await (await chartFile(figure, format, state.presenter)).arrayBuffer());
    files[`${name}.svg`] = await bytes('svg');
    // a PNG is compressed already: stored as it is
    files[`${name}.png`] = [await bytes('png'), { level: 0 }];
  }
  const fileName = `${runFileStem(state)}-charts.zip`;
  downloadBlob(fileName, zipBlob(files));
  return `${figures.length} charts saved in ${fileName}`;
}
