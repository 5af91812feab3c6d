import { formatDate } from '../../lib/i18n/locale.ts';
import { xmlEscape } from './xml-escape.ts';

/** System fonts only (no web fonts): Latin first (a CJK font draws ¶ full-width), then CJK. */
export const EXPORT_FONT_FAMILY =
  "'Liberation Sans', Arial, 'Helvetica Neue', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'DejaVu Sans', sans-serif";

export interface SvgContext {
  readonly title: string;
  /** The active filters in words. */
  readonly filters: string;
  /** "Source: A/HRC/44/28, ¶¶ 16, 24–26", one or more lines. */
  readonly sources: readonly string[];
  /** "Exported 25 November 2026". */
  readonly date: string;
  /** Lines that must go with the picture, such as the UN map disclaimer. */
  readonly notes?: readonly string[];
  /** "View: <address>": where the picture's view can be opened again. */
  readonly view?: string;
}

export interface ChartPicture {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

const MARGIN = 24;
const MIN_WIDTH = 640;

/** Rough advance of a character in ems: wide for CJK and full-width forms, narrow otherwise. */
function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x2e80 && code <= 0xffef) return 1;
  if (/[A-Z0-9MW@%&]/u.test(char)) return 0.66;
  if (/[il.,;:'|!¶ ]/u.test(char)) return 0.3;
  return 0.55;
}

/** Breaks text into lines that fit the width, at spaces where possible, anywhere in CJK text. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  let lastBreak = -1;
  for (const char of text) {
    line += char;
    width += charWidth(char) * fontSize;
    if (char === ' ' || char === '、' || char === '，' || char === '；') lastBreak = line.length;
    if (width <= maxWidth) continue;
    const cut = lastBreak > 0 ? lastBreak : line.length - char.length;
    lines.push(line.slice(0, cut).trimEnd());
    line = line.slice(cut).trimStart();
    width = [...line].reduce((sum, c) => sum + charWidth(c) * fontSize, 0);
    lastBreak = -1;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** The chart's own <svg> element, without an XML declaration or doctype, ready to nest. */
function innerSvg(svg: string): string {
  return svg
    .replace(/<\?xml[^>]*\?>/u, '')
    .replace(/<!DOCTYPE[^>]*>/iu, '')
    .trim();
}

function textBlock(
  lines: readonly string[],
  y: number,
  size: number,
  options: { weight?: number; fill: string },
): string {
  return lines
    .map(
      (line, index) =>
        `<text x="${MARGIN}" y="${y + index * size * 1.35}" font-size="${size}"${
          options.weight ? ` font-weight="${options.weight}"` : ''
        } fill="${options.fill}">${xmlEscape(line)}</text>`,
    )
    .join('');
}

/**
 * A new SVG for a briefing: white background, title, filters in words, the chart, the sources and
 * the export date, so the picture can be quoted on its own.
 */
export function svgWithContext(
  chart: ChartPicture,
  context: SvgContext,
): { svg: string; width: number; height: number } {
  const width = Math.max(MIN_WIDTH, Math.ceil(chart.width) + 2 * MARGIN);
  const textWidth = width - 2 * MARGIN;
  const title = wrapText(context.title, textWidth, 20);
  const filters = wrapText(context.filters, textWidth, 13);
  const sources = context.sources.flatMap((line) => wrapText(line, textWidth, 12));
  const notes = (context.notes ?? []).flatMap((line) => wrapText(line, textWidth, 12));
  const view = context.view ? wrapText(context.view, textWidth, 11) : [];

  let y = MARGIN + 18;
  const titleSvg = textBlock(title, y, 20, { weight: 700, fill: '#1f2328' });
  y += title.length * 27;
  const filtersSvg = textBlock(filters, y, 13, { fill: '#374151' });
  y += filters.length * 17.5 + 8;
  const chartX = (width - chart.width) / 2;
  const chartSvg = `<g transform="translate(${chartX},${y})">${innerSvg(chart.svg)}</g>`;
  y += chart.height + 24;
  const sourcesSvg = textBlock(sources, y, 12, { fill: '#374151' });
  y += sources.length * 16.2;
  const notesSvg = textBlock(notes, y, 12, { fill: '#374151' });
  y += notes.length * 16.2;
  const dateSvg = textBlock([context.date], y, 12, { fill: '#6b7280' });
  y += view.length > 0 ? 16.2 : 0;
  const viewSvg = textBlock(view, y, 11, { fill: '#6b7280' });
  y += Math.max(0, view.length - 1) * 14.85;
  const height = Math.ceil(y + MARGIN);

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${xmlEscape(EXPORT_FONT_FAMILY)}">` +
    `<title>${xmlEscape(context.title)}</title>` +
    `<desc>${xmlEscape([context.filters, ...context.sources, ...(context.notes ?? []), context.date, ...(context.view ? [context.view] : [])].join('\n'))}</desc>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    titleSvg +
    filtersSvg +
    chartSvg +
    sourcesSvg +
    notesSvg +
    dateSvg +
    viewSvg +
    `</svg>`;
  return { svg, width, height };
}

/** "25 November 2026" / "2026年11月25日". */
export function formatExportDate(date: Date, language: 'zh' | 'en'): string {
  return formatDate(language, date);
}
