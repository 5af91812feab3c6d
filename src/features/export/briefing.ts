import type { ActivityRecord } from '../../domain/index.ts';
import type { ChartExportApi } from '../../lib/export/chart-export-api.ts';
import { toCsv } from './csv.ts';
import { briefingReadme, chartCsv, chartFileName, chartWithContext } from './export-context.ts';
import type { ExportSettings } from './export-context.ts';
import { exportFileName, filterSlug } from './file-name.ts';
import { rasterize } from './rasterize.ts';
import { recordCsvRows, recordTable } from './records-export-state.ts';
import { isoDate } from './svg-with-context.ts';

/** The briefing ZIP: every registered chart and the map as PNG, SVG and CSV, the records, a README. */
export async function briefingZip(
  apis: readonly ChartExportApi[],
  records: readonly ActivityRecord[],
  settings: ExportSettings,
  now: Date,
): Promise<Blob> {
  const { zipSync, strToU8 } = await import('fflate');
  const files: Record<string, Uint8Array> = {};
  for (const api of apis) {
    const picture = chartWithContext(api, settings, now);
    const png = await rasterize(picture.svg, picture.width, picture.height);
    files[chartFileName(api, settings, now, 'png')] = new Uint8Array(await png.arrayBuffer());
    files[chartFileName(api, settings, now, 'svg')] = strToU8(picture.svg);
    files[chartFileName(api, settings, now, 'csv')] = strToU8(chartCsv(api));
  }
  const table = recordTable(records, settings.reference, settings.language);
  files[
    exportFileName(settings.report, 'records', isoDate(now), 'csv', filterSlug(settings.filters))
  ] = strToU8(toCsv(recordCsvRows(table)));
  const readme = briefingReadme(apis, Object.keys(files), settings, now);
  files['README.txt'] = strToU8(`\uFEFF${readme}`);
  const zipped = zipSync(files, { level: 6, mtime: now });
  return new Blob([zipped as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}
