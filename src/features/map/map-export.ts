import type { ActivityRecord, ReferenceFile } from '../../domain/index.ts';
import type { ChartExportApi } from '../../lib/export/chart-export-api.ts';
import type { Language } from '../../lib/i18n/messages.ts';
import { paragraphsText } from '../../lib/provenance/compress-paragraphs.ts';
import type { CountryCounts } from './map-state.ts';

/** Presentation properties that come from map.css; an exported SVG carries them as attributes. */
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'opacity',
  'vector-effect',
  'font-family',
  'font-size',
] as const;

/** The live <svg> serialised with its computed fills and strokes, without hover or focus marks. */
export function serialiseMapSvg(live: SVGSVGElement): string {
  const clone = live.cloneNode(true) as SVGSVGElement;
  const liveNodes = [live, ...live.querySelectorAll('*')];
  const cloneNodes = [clone, ...clone.querySelectorAll('*')];
  liveNodes.forEach((node, index) => {
    const copy = cloneNodes[index];
    if (!copy || node.closest('pattern')) return;
    if (node.classList.contains('map-hover')) copy.setAttribute('data-export', 'skip');
    const style = getComputedStyle(node);
    for (const property of INLINED) {
      const value = style.getPropertyValue(property);
      if (value) copy.setAttribute(property, value);
    }
    copy.removeAttribute('class');
    copy.removeAttribute('tabindex');
  });
  for (const hover of clone.querySelectorAll('[data-export="skip"]')) hover.remove();
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.removeAttribute('style');
  return new XMLSerializer().serializeToString(clone);
}

export interface ExportLegend {
  readonly title: string;
  /** Swatches in order: no records, each class, then the hatched and marker keys. */
  readonly items: readonly {
    readonly colour: string;
    readonly label: string;
    readonly kind?: 'hatch' | 'marker';
  }[];
}

const LEGEND_HEIGHT = 56;

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** The legend drawn in SVG under the map, so an exported picture can be read on its own. */
export function legendSvg(legend: ExportLegend, y: number, width: number): string {
  let x = 0;
  let row = 0;
  const items = legend.items.map((item) => {
    const labelWidth = [...item.label].reduce(
      (sum, char) => sum + ((char.codePointAt(0) ?? 0) > 0x2e80 ? 11.5 : 5.9),
      0,
    );
    const itemWidth = 22 + 6 + labelWidth + 16;
    if (x + itemWidth > width && x > 0) {
      x = 0;
      row += 1;
    }
    const top = y + 20 + row * 20;
    const swatch =
      item.kind === 'marker'
        ? `<circle cx="${x + 11}" cy="${top + 7}" r="5.5" fill="${item.colour}" stroke="#1f2328" stroke-width="1.5"/>`
        : `<rect x="${x}" y="${top}" width="22" height="14" fill="${item.colour}" stroke="#9aa0a6"/>` +
          (item.kind === 'hatch'
            ? [2, 7, 12, 17, 22, 27]
                .map(
                  (offset) =>
                    `<line x1="${x + Math.max(0, offset - 14)}" y1="${top + Math.min(14, offset)}" x2="${x + Math.min(22, offset)}" y2="${top + Math.max(0, offset - 22)}" stroke="#1f2328" stroke-opacity="0.7" stroke-width="1.2"/>`,
                )
                .join('')
            : '');
    const text = `<text x="${x + 28}" y="${top + 11}" font-size="11" fill="#1f2328">${escapeXml(item.label)}</text>`;
    x += itemWidth;
    return swatch + text;
  });
  const title = `<text x="0" y="${y + 12}" font-size="12" font-weight="700" fill="#1f2328">${escapeXml(legend.title)}</text>`;
  return `<g>${title}${items.join('')}</g>`;
}

/** The map's export api: its picture, one row per country with records, and their paragraphs. */
export function mapExportApi(options: {
  readonly title: string;
  readonly width: number;
  readonly height: number;
  readonly element: () => SVGSVGElement | null;
  readonly counts: ReadonlyMap<string, CountryCounts>;
  readonly records: readonly ActivityRecord[];
  readonly reference: ReferenceFile;
  readonly language: Language;
  readonly legend: ExportLegend;
  /** The UN map disclaimer in the UI language: every exported map carries it. */
  readonly disclaimer: string;
}): ChartExportApi {
  const height = options.height + LEGEND_HEIGHT;
  const names = new Map(
    options.reference.countries.map((c) => [c.iso3, c.names[options.language]]),
  );
  return {
    id: 'map',
    title: options.title,
    notes: [options.disclaimer],
    // The map keeps every country coloured under a country filter, and outlines the chosen one.
    scope: { follows: 'others', ignores: ['country'] },
    width: options.width,
    height,
    svg() {
      const element = options.element();
      if (!element) throw new Error('the map is not on screen');
      const { width } = options;
      return (
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
        serialiseMapSvg(element) +
        legendSvg(options.legend, options.height + 10, width) +
        '</svg>'
      );
    },
    rows() {
      const byCountry = new Map<string, ActivityRecord[]>();
      for (const record of options.records) {
        if (record.country === null) continue;
        const own = byCountry.get(record.country);
        if (own) own.push(record);
        else byCountry.set(record.country, [record]);
      }
      const rows = [...options.counts.values()]
        .filter((counts) => counts.total > 0)
        .sort((a, b) => b.total - a.total || a.iso3.localeCompare(b.iso3))
        .map((counts) => [
          counts.iso3,
          names.get(counts.iso3) ?? counts.iso3,
          counts.total,
          paragraphsText(byCountry.get(counts.iso3) ?? []),
        ]);
      return {
        columns:
          options.language === 'zh'
            ? ['ISO3', '国家', '记录数', '段落']
            : ['ISO3', 'Country', 'Records', 'Paragraphs'],
        rows,
      };
    },
    sources() {
      return options.records
        .filter(
          (record) =>
            record.country !== null && (options.counts.get(record.country)?.total ?? 0) > 0,
        )
        .map((record) => ({ report: record.report, paragraph: record.paragraph }));
    },
  };
}
