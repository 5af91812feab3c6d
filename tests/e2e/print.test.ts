import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from './browser.ts';
import { servedJson } from './served-data.ts';

const baseUrl = inject('baseUrl');
const session = useBrowserSession(baseUrl, inject('chromiumPath'), {
  viewport: { width: 1280, height: 900 },
});

interface ServedRecord {
  readonly report: string;
  readonly paragraph: number;
  readonly region: string | null;
  readonly evidence: { readonly sentence: string };
}

/**
 * PDF text compared as a reader sees it: wrapping adds spaces and line breaks, and the CJK font
 * shares some glyphs with radicals, so the PDF's text layer says ⼈ for 人 (a Kangxi radical,
 * which NFKC folds back) or ⻨ for 麦 and ⺠ for 民 (CJK Radicals Supplement, which no
 * normalisation folds): those match any ideograph.
 */
const plain = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '');
const RADICAL = /[\u2E80-\u2EFF]/u;
const IDEOGRAPH = /\p{Script=Han}/u;

function printedContains(printed: string, needle: string): boolean {
  const wanted = plain(needle);
  if (printed.includes(wanted)) return true;
  // Slow path, only for what the fast one missed: compare character by character.
  const chars = [...printed];
  const want = [...wanted];
  outer: for (let start = 0; start + want.length <= chars.length; start += 1) {
    for (let offset = 0; offset < want.length; offset += 1) {
      const got = chars[start + offset]!;
      const expected = want[offset]!;
      if (got === expected) continue;
      if (RADICAL.test(got) && IDEOGRAPH.test(expected)) continue;
      continue outer;
    }
    return true;
  }
  return false;
}

async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  let text = '';
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    for (const item of content.items) if ('str' in item) text += `${item.str} `;
    text += '\n';
  }
  return { pages: document.numPages, text };
}

async function open(page: Page, query: string) {
  await page.goto(`${baseUrl}?${query}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.locator('.charts-panel [data-chart] svg').first().waitFor();
  await page.locator('.records-table tbody tr').first().waitFor();
}

/** Labels as the screen shows them, read before printing. */
async function screenLabels(page: Page, selector: string): Promise<string[]> {
  const texts = await page.locator(selector).allTextContents();
  return texts.map((text) => text.trim()).filter((text) => text.length > 0);
}

describe.each([
  { lang: 'en', query: 'lang=en&region=002', region: '002' },
  { lang: 'zh', query: 'lang=zh', region: null },
] as const)('the print briefing ($query)', ({ lang, query, region }) => {
  it('prints every label, ¶ and record of the view, the context and the disclaimer, and no control', async () => {
    const { page } = session;
    await open(page, query);
    const regions = await screenLabels(page, '.region-table th[scope="row"]');
    const countries = await screenLabels(page, '.overview-countries tbody th');
    const themes = await screenLabels(page, '.overview-themes .theme-row .link-button');
    expect(regions.length).toBeGreaterThan(3);
    expect(countries.length).toBeGreaterThan(10);
    expect(themes.length).toBeGreaterThan(10);

    const { pages, text } = await pdfText(await page.pdf({ format: 'A4' }));
    const printed = plain(text);
    const missing = (labels: readonly string[]) =>
      [...new Set(labels)].filter((label) => !printedContains(printed, label));
    expect(missing(regions)).toEqual([]);
    expect(missing(countries)).toEqual([]);
    expect(missing(themes)).toEqual([]);

    // The records of the view, counted from the served data: every one printed, with its ¶.
    const { records } = await servedJson<{ records: ServedRecord[] }>(baseUrl, 'activities');
    const shown = records.filter((record) => region === null || record.region === region);
    expect(shown.length).toBeGreaterThan(20);
    expect(shown.length).toBeLessThanOrEqual(400);
    const reference = (record: ServedRecord) =>
      lang === 'en'
        ? `${record.report} ¶${record.paragraph}`
        : `${record.report} 第 ${record.paragraph} 段`;
    expect(missing(shown.map(reference))).toEqual([]);
    expect(missing(shown.map((record) => record.evidence.sentence.slice(0, 20)))).toEqual([]);
    // The context: report, filters in words, date, the view's address, the map disclaimer.
    const expectedLines =
      lang === 'en'
        ? [
            `The records of this view (${shown.length})`,
            'A/HRC/44/28',
            'Filters: Region: Africa',
            `View: ${page.url()}`,
            'The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.',
          ]
        : [
            `本视图的记录（${shown.length} 条）`,
            'A/HRC/44/28',
            '筛选条件：全部记录（未筛选）',
            `视图地址：${page.url()}`,
            '本地图所示边界和名称及所用称谓并不意味着联合国的正式认可或接受。',
          ];
    expect(missing(expectedLines)).toEqual([]);

    // No control prints: export buttons, chart switches, pagers, the language switch.
    const controls =
      lang === 'en'
        ? [
            'PNG',
            'CSV (data)',
            'Copy image',
            'Export briefing',
            'Print briefing',
            'Patterns on bars',
            'Data table',
            'Clear all filters',
            '中文',
          ]
        : ['PNG', 'CSV（数据）', '复制图片', '打印简报', '数据表', '清除全部筛选', 'English'];
    expect(controls.filter((control) => printedContains(printed, control))).toEqual([]);
    // A4 pages, and not one per record: the table wraps its sentences.
    expect(pages).toBeGreaterThan(2);
    expect(pages).toBeLessThan(40);
  });
});
