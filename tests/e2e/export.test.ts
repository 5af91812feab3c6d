import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parseCsvRecords } from '../../scripts/reference/csv.ts';
import { useBrowserSession } from './browser.ts';
import { servedJson } from './served-data.ts';
import { busiestTheme, recordsTableCount, servedRecordsAndThemes } from './dashboard-page.ts';

const baseUrl = inject('baseUrl');
const session = useBrowserSession(baseUrl, inject('chromiumPath'), {
  viewport: { width: 1400, height: 1000 },
});
let theme: { id: string; labels: { en: string } };

beforeAll(async () => {
  const { records, themes } = await servedRecordsAndThemes(baseUrl);
  theme = busiestTheme(records, themes).theme;
  await mkdir('test-results', { recursive: true });
});

async function download(page: Page, group: RegExp | string, button: string): Promise<Download> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page
      .getByRole('group', { name: group })
      .getByRole('button', { name: button, exact: true })
      .click(),
  ]);
  return file;
}

async function bytesOf(file: Download): Promise<Buffer> {
  const path = await file.path();
  return readFile(path);
}

/** Width and height from the PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Decodes the PNG in the page and measures how much of it is not white. */
async function inkShare(page: Page, bytes: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const binary = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([binary], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) return 0;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let ink = 0;
    let samples = 0;
    for (let index = 0; index < data.length; index += 4 * 97) {
      samples += 1;
      if ((data[index] ?? 255) + (data[index + 1] ?? 255) + (data[index + 2] ?? 255) < 720)
        ink += 1;
    }
    return ink / samples;
  }, bytes.toString('base64'));
}

/** Parses the SVG in the page: its text, or null when it is not well-formed. */
async function svgText(page: Page, text: string): Promise<string | null> {
  return page.evaluate((source) => {
    const parsed = new DOMParser().parseFromString(source, 'image/svg+xml');
    if (parsed.querySelector('parsererror')) return null;
    return parsed.documentElement.textContent;
  }, text);
}

/** The text drawn in the SVG (its <text> elements), not its <title> or <desc>. */
async function svgDrawnText(page: Page, text: string): Promise<string> {
  return page.evaluate((source) => {
    const parsed = new DOMParser().parseFromString(source, 'image/svg+xml');
    return [...parsed.querySelectorAll('text')].map((node) => node.textContent).join(' ');
  }, text);
}

const MAP_MENU = 'Export Where the work took place';

describe('exports', () => {
  it('exports the map as PNG, SVG and CSV with its context', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}?lang=en&theme=${theme.id}`);
    await page.getByRole('group', { name: MAP_MENU }).waitFor();
    const count = await recordsTableCount(page);
    expect(count).toBeGreaterThan(0);
    const cssWidth = Number(await page.locator('svg.map-svg').getAttribute('width'));

    const png = await bytesOf(await download(page, MAP_MENU, 'PNG'));
    await writeFile('test-results/export-map.png', png);
    const size = pngSize(png);
    expect(size.width).toBeGreaterThanOrEqual(2 * cssWidth);
    expect(await inkShare(page, png)).toBeGreaterThan(0.05);

    const svgFile = await download(page, MAP_MENU, 'SVG');
    // The name says the view: a filtered and an unfiltered export never share a name.
    expect(svgFile.suggestedFilename()).toMatch(
      new RegExp(`^ohchr-A_HRC_44_28-map-\\d{4}-\\d{2}-\\d{2}-theme-${theme.id}\\.svg$`, 'u'),
    );
    const svg = (await bytesOf(svgFile)).toString('utf8');
    await writeFile('test-results/export-map.svg', svg);
    const text = await svgText(page, svg);
    expect(text).not.toBeNull();
    expect(text).toContain('Where the work took place');
    expect(text).toContain(`Filters: Theme: ${theme.labels.en}`);
    expect(text).toMatch(/Source: A\/HRC\/44\/28, ¶¶? \d+/u);
    // The UN map disclaimer goes wherever the map goes, drawn in the picture.
    expect(await svgDrawnText(page, svg)).toContain(
      'The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.',
    );
    expect(text).toMatch(/Exported \d{1,2} \w+ \d{4}/u);
    // The view's address is drawn too (wrapped where it is long): joined, it is the page's.
    const drawn = (await svgDrawnText(page, svg)).replaceAll(' ', '');
    expect(drawn).toContain(`View:${page.url()}`);

    const csv = parseCsvRecords(
      (await bytesOf(await download(page, MAP_MENU, 'CSV (data)'))).toString('utf8'),
    );
    expect(csv[0]).toEqual(['ISO3', 'Country', 'Records', 'Paragraphs']);
    expect(csv.length).toBeGreaterThan(1);
    // Each country's paragraphs, from the served records under the same theme filter.
    const { records: served } = await servedRecordsAndThemes(baseUrl);
    for (const [iso3, , count, paragraphs] of csv.slice(1)) {
      const own = served.filter((r) => r.country === iso3 && r.themes.includes(theme.id));
      expect(Number(count)).toBe(own.length);
      for (const paragraph of new Set(own.map((r) => r.paragraph)))
        expect(paragraphs).toMatch(new RegExp(`(^|[ ,–])${paragraph}($|[,–])`, 'u'));
    }
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('exports a chart as PNG with its context', async () => {
    const { page } = session;
    const menus = page.getByRole('group', { name: /^Export / });
    const names = await menus.evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('aria-label') ?? ''),
    );
    const chart = names.find((name) => name !== MAP_MENU && !name.endsWith('records shown'));
    if (!chart) return; // no charts on this build
    const png = await bytesOf(await download(page, chart, 'PNG'));
    await writeFile('test-results/export-chart.png', png);
    expect(pngSize(png).width).toBeGreaterThanOrEqual(2 * 300);
    expect(await inkShare(page, png)).toBeGreaterThan(0.01);
    const svg = (await bytesOf(await download(page, chart, 'SVG'))).toString('utf8');
    const text = await svgText(page, svg);
    expect(text).toContain(chart.replace(/^Export /u, ''));
    expect(text).toContain(`Theme: ${theme.labels.en}`);
    expect(text).toMatch(/Source: A\/HRC\/44\/28/u);
  });

  it('captions each picture with the filters it follows, not all of them', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}?lang=en&pillar=accountability&region=002`);
    const caption = async (menu: string) => {
      await page.getByRole('group', { name: menu }).waitFor();
      const svg = (await bytesOf(await download(page, menu, 'SVG'))).toString('utf8');
      return svgDrawnText(page, svg);
    };
    // The region chart shows every region under the pillar filter, and marks Africa.
    expect(await caption('Export Records by region')).toContain(
      'Filters: Pillar: Accountability. Under those filters the chart shows every bar of its own dimension; the one set (Region: Africa) is marked.',
    );
    // The field presences are the report's own count: no filter changes them.
    const presences = await caption('Export Field presences as the report counts them');
    expect(presences).toContain('Not filtered: the figures as the report states them.');
    expect(presences).not.toContain('Accountability');
    // The map follows both filters (it ignores only a country filter).
    expect(await caption(MAP_MENU)).toContain('Filters: Pillar: Accountability; Region: Africa');
  });

  it('exports the map in Chinese with the Chinese source line', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}?lang=zh&theme=${theme.id}`);
    const menu = '导出工作地点';
    await page.getByRole('group', { name: menu }).waitFor();
    const png = await bytesOf(await download(page, menu, 'PNG'));
    await writeFile('test-results/export-map-zh.png', png);
    expect(await inkShare(page, png)).toBeGreaterThan(0.05);
    const svg = (await bytesOf(await download(page, menu, 'SVG'))).toString('utf8');
    const text = await svgText(page, svg);
    expect(text).toMatch(/资料来源：A\/HRC\/44\/28，第 [\d、–]+ 段/u);
    expect(text).toContain('筛选条件：主题');
    await page.goto(`${baseUrl}?lang=en&theme=${theme.id}`);
    await page.getByRole('group', { name: MAP_MENU }).waitFor();
  });

  it('exports the filtered records as CSV, HXL CSV and XLSX', async () => {
    const { page } = session;
    const count = await recordsTableCount(page);
    if (count === null) throw new Error('no record count');
    const group = /^Export the [\d,]+ records shown$/u;

    const csvBytes = await bytesOf(await download(page, group, 'CSV'));
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvText = csvBytes.toString('utf8');
    expect(csvText).toContain('\r\n');
    const csv = parseCsvRecords(csvText);
    expect(csv).toHaveLength(count + 1);
    expect(csv[0]).toContain('Sentence');

    const hxl = parseCsvRecords(
      (await bytesOf(await download(page, group, 'HXL CSV'))).toString('utf8'),
    );
    expect(hxl).toHaveLength(count + 2);
    expect(hxl[1]).toContain('#country+code');
    expect(
      hxl.slice(2).every((row) => row.some((cell) => cell.split('; ').includes(theme.id))),
    ).toBe(true);

    const xlsx = await download(page, group, 'XLSX');
    expect(xlsx.suggestedFilename()).toMatch(
      new RegExp(`records-\\d{4}-\\d{2}-\\d{2}-theme-${theme.id}\\.xlsx$`, 'u'),
    );
    const sheets = await readXlsxFile(await xlsx.path());
    expect(sheets.map((sheet) => sheet.sheet)).toEqual([
      'Records',
      'Sentences',
      'Figures',
      'Field presences',
      'Source paragraphs',
      'About',
    ]);
    const [records, sentences, , , paragraphs, about] = sheets.map((sheet) => sheet.data);
    expect(records).toHaveLength(count + 1);
    expect(records?.[0]).toEqual(csv[0]);
    // The view's distinct sentences and cited paragraphs, counted from the served records.
    const { records: served } = await servedRecordsAndThemes(baseUrl);
    const shown = served.filter((r) => r.themes.includes(theme.id));
    expect(shown).toHaveLength(count);
    const distinct = (key: (r: (typeof shown)[number]) => string) => new Set(shown.map(key)).size;
    expect(sentences).toHaveLength(1 + distinct((r) => `${r.report} ${r.paragraph} ${r.sentence}`));
    expect(paragraphs).toHaveLength(1 + distinct((r) => `${r.report} ${r.paragraph}`));
    const aboutRows = new Map((about ?? []).map((row) => [String(row[0]), String(row[1])]));
    expect(aboutRows.get('Filters of the view')).toBe(`Theme: ${theme.labels.en}`);
    expect(aboutRows.get('View (address)')).toBe(page.url());
  });

  it('exports the briefing as a ZIP and a print view', async () => {
    const { page } = session;
    const count = await recordsTableCount(page);
    const zip = await bytesOf(await download(page, 'Briefing', 'Export briefing (ZIP)'));
    const files = unzipSync(new Uint8Array(zip));
    const names = Object.keys(files);
    expect(names).toContain('README.txt');
    for (const extension of ['png', 'svg', 'csv']) {
      expect(names.some((name) => name.includes('-map-') && name.endsWith(`.${extension}`))).toBe(
        true,
      );
    }
    // The page still shows the theme filter of the test before: the file names say so.
    const records = names.find((name) =>
      new RegExp(`-records-\\d{4}-\\d{2}-\\d{2}-theme-${theme.id}\\.csv$`, 'u').test(name),
    );
    expect(records).toBeDefined();
    expect(parseCsvRecords(new TextDecoder().decode(files[records ?? '']))).toHaveLength(
      (count ?? 0) + 1,
    );
    // The HXL file, the workbook and the cited paragraphs' text are in the pack too.
    const named = (pattern: string) =>
      names.find((name) =>
        new RegExp(`-${pattern}-\\d{4}-\\d{2}-\\d{2}-theme-${theme.id}\\.`, 'u').test(name),
      );
    const hxl = named('records-hxl');
    expect(parseCsvRecords(new TextDecoder().decode(files[hxl ?? '']))).toHaveLength(
      (count ?? 0) + 2,
    );
    const xlsxName = names.find((name) =>
      new RegExp(`-records-\\d{4}-\\d{2}-\\d{2}-theme-${theme.id}\\.xlsx$`, 'u').test(name),
    );
    expect(xlsxName).toBeDefined();
    const sheets = await readXlsxFile(Buffer.from(files[xlsxName ?? ''] ?? []));
    expect(sheets.map((sheet) => sheet.sheet)).toContain('Source paragraphs');
    expect(sheets[0]?.data).toHaveLength((count ?? 0) + 1);
    // Each chart's CSV has one row per bar the page shows for it (its data table), and a header.
    const barsOnPage = await page
      .locator('section.chart-card[data-chart]')
      .evaluateAll((sections) =>
        sections.map(
          (section) =>
            [
              section.getAttribute('data-chart') ?? '',
              section.querySelectorAll('details.chart-table tbody tr').length,
            ] as const,
        ),
      );
    expect(barsOnPage.length).toBeGreaterThan(2);
    for (const [id, bars] of barsOnPage) {
      const chartCsv = names.find((name) =>
        new RegExp(`-${id}-\\d{4}-\\d{2}-\\d{2}(-[^.]*)?\\.csv$`, 'u').test(name),
      );
      expect(chartCsv, id).toBeDefined();
      const chartRows = parseCsvRecords(
        new TextDecoder().decode(files[chartCsv ?? ''] ?? new Uint8Array()),
      );
      expect(chartRows, id).toHaveLength(bars + 1);
    }
    // The deck of the view is in the pack too (its slides are read in deck.test.ts).
    const deck = named('deck');
    expect(deck).toMatch(/\.pptx$/u);
    expect(Object.keys(unzipSync(files[deck ?? ''] ?? new Uint8Array()))).toContain(
      'ppt/slides/slide1.xml',
    );
    const paragraphsFile = names.find((name) => name.includes('-source-paragraphs-'));
    const paragraphText = new TextDecoder().decode(files[paragraphsFile ?? '']);
    const { records: served } = await servedRecordsAndThemes(baseUrl);
    for (const paragraph of new Set(
      served.filter((r) => r.themes.includes(theme.id)).map((r) => r.paragraph),
    ))
      expect(paragraphText).toContain(`A/HRC/44/28 ¶${paragraph}\n`);
    // The workbook's sentences, figures and field presences as CSV: sentences under the filter,
    // figures and presences as the report states them.
    const themed = served.filter((r) => r.themes.includes(theme.id));
    const sentences = new Set(themed.map((r) => `${r.report} ${r.paragraph} ${r.sentence}`));
    const rowsOf = (file: string | undefined) =>
      parseCsvRecords(new TextDecoder().decode(files[file ?? ''] ?? new Uint8Array()));
    const csvRows = (pattern: string) => rowsOf(named(pattern));
    // Not filtered, so no filters in the name.
    const unfiltered = (what: string) =>
      rowsOf(
        names.find((name) => new RegExp(`-${what}-\\d{4}-\\d{2}-\\d{2}\\.csv$`, 'u').test(name)),
      );
    expect(csvRows('sentences')).toHaveLength(sentences.size + 1);
    const figures = await servedJson<{ figures: unknown[]; officeBreakdown: object | null }>(
      baseUrl,
      'figures',
    );
    expect(unfiltered('figures-table')).toHaveLength(figures.figures.length + 1);
    expect(unfiltered('field-presences-table').length).toBeGreaterThan(
      figures.officeBreakdown ? 2 : 0,
    );

    const readme = new TextDecoder().decode(files['README.txt']);
    expect(readme).toContain(`Theme: ${theme.labels.en}`);
    expect(readme).toContain('Source: A/HRC/44/28');
    expect(readme).toContain(`View: ${page.url()}`);
    expect(readme).toContain(
      `Cite as:\r\nOHCHR activities dashboard (Theme: ${theme.labels.en}; ${count} records).`,
    );
    expect(readme).toContain('https://undocs.org/en/A/HRC/44/28 (accessed ');

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.filters-slot').isVisible()).toBe(false);
    expect(await page.getByRole('group', { name: MAP_MENU }).isVisible()).toBe(false);
    expect(await page.locator('.print-context').isVisible()).toBe(true);
    expect(await page.locator('svg.map-svg').isVisible()).toBe(true);
    expect(await page.locator('.print-context').textContent()).toContain(theme.labels.en);
    await page.pdf({ path: 'test-results/export-print.pdf' }).catch(() => undefined);
    await page.emulateMedia({ media: 'screen' });
    expect(session.consoleErrors).toEqual([]);
  });
});
