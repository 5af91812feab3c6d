import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from './browser.ts';
import { recordsTableCount } from './dashboard-page.ts';

const baseUrl = inject('baseUrl');
const session = useBrowserSession(baseUrl, inject('chromiumPath'), {
  viewport: { width: 1400, height: 1000 },
});

beforeAll(async () => {
  await mkdir('test-results', { recursive: true });
});

const DISCLAIMER =
  'The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.';

/** Each chart on the page as its data table shows it: heading, bar names, values as printed. */
async function chartsOnPage(page: Page) {
  return page.locator('section.chart-card[data-chart]').evaluateAll((sections) =>
    sections.map((section) => ({
      id: section.getAttribute('data-chart') ?? '',
      title: section.querySelector('h3')?.textContent ?? '',
      rows: [...section.querySelectorAll('details.chart-table tbody tr')].map((row) => {
        const cells = [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '');
        return { label: cells[0] ?? '', value: cells.at(-1) ?? '' };
      }),
    })),
  );
}

/** Text of the elements with a local name (namespaces ignored), in document order. */
async function xmlTexts(page: Page, xml: string, localName: string): Promise<string[]> {
  return page.evaluate(
    ([source, name]) => {
      const parsed = new DOMParser().parseFromString(source, 'application/xml');
      if (parsed.querySelector('parsererror')) return ['<not well-formed>'];
      return [...parsed.getElementsByTagNameNS('*', name)].map((node) => node.textContent ?? '');
    },
    [xml, localName] as const,
  );
}

/** Categories and values of a chart part (one series): c:cat and c:val points. */
async function chartData(page: Page, xml: string) {
  return page.evaluate((source) => {
    const parsed = new DOMParser().parseFromString(source, 'application/xml');
    const points = (parent: string) => {
      const node = parsed.getElementsByTagNameNS('*', parent)[0];
      return node
        ? [...node.getElementsByTagNameNS('*', 'pt')].map(
            (pt) => pt.getElementsByTagNameNS('*', 'v')[0]?.textContent ?? '',
          )
        : [];
    };
    return { categories: points('cat'), values: points('val').map(Number) };
  }, xml);
}

const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

type Parts = Record<string, Uint8Array>;

async function downloadDeck(page: Page, group: string, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page
      .getByRole('group', { name: group })
      .getByRole('button', { name: button, exact: true })
      .click(),
  ]);
  const bytes = await readFile(await file.path());
  const parts: Parts = unzipSync(new Uint8Array(bytes));
  const slides = Object.keys(parts).filter((name) => /^ppt\/slides\/slide\d+\.xml$/u.test(name));
  return { name: file.suggestedFilename(), bytes, parts, slideCount: slides.length };
}

const target = (kind: string) => new RegExp(`Target="(?:\\.\\.|/ppt)/${kind}/([^"]+)"`, 'gu');

/** One slide of the deck: its text, its relationships, its speaker notes, its charts' data. */
async function slideOf(page: Page, parts: Parts, n: number) {
  const text = (await xmlTexts(page, decode(parts[`ppt/slides/slide${n}.xml`]), 't')).join('\n');
  const rels = decode(parts[`ppt/slides/_rels/slide${n}.xml.rels`]);
  const notesPart = [...rels.matchAll(target('notesSlides'))][0]?.[1] ?? '';
  const notes = (await xmlTexts(page, decode(parts[`ppt/notesSlides/${notesPart}`]), 't')).join(
    '\n',
  );
  // A long chart is drawn as two charts side by side (two columns, in reading order).
  const charts = await Promise.all(
    [...rels.matchAll(target('charts'))].map((match) =>
      chartData(page, decode(parts[`ppt/charts/${match[1] ?? ''}`])),
    ),
  );
  return {
    text,
    rels,
    notes,
    pictures: [...rels.matchAll(target('media'))].length,
    chart:
      charts.length === 0
        ? null
        : {
            categories: charts.flatMap((column) => column.categories),
            values: charts.flatMap((column) => column.values),
          },
  };
}

/** Every chart slide's bars are the page's: the same names in the same order, the same numbers. */
async function expectChartsOfPage(page: Page, parts: Parts, slideCount: number) {
  const onPage = await chartsOnPage(page);
  let charts = 0;
  for (let n = 2; n < slideCount; n += 1) {
    const slide = await slideOf(page, parts, n);
    if (!slide.chart) continue;
    charts += 1;
    const heading = slide.text.split('\n')[0] ?? '';
    const rows = onPage.find((chart) => chart.title === heading)?.rows;
    expect(rows, heading).toBeDefined();
    expect(slide.chart.values).toEqual(
      (rows ?? []).map((row) => Number(row.value.replace(/\D/gu, ''))),
    );
    // A stated figure's name carries its qualifier after the name ("… (more than 110)").
    expect(
      slide.chart.categories.map((category, index) =>
        category.startsWith(rows?.[index]?.label ?? '\u0000'),
      ),
    ).toEqual((rows ?? []).map(() => true));
  }
  expect(charts).toBe(onPage.length);
  return onPage;
}

describe('PowerPoint deck', () => {
  it('has a title slide, the map, one native chart per chart with notes, and a sources slide', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}?lang=en&pillar=accountability&region=002`);
    await page.getByRole('group', { name: 'Export Where the work took place' }).waitFor();
    await page.locator('section.chart-card[data-chart]').first().waitFor();
    const count = await recordsTableCount(page);
    const deck = await downloadDeck(page, 'Briefing', 'PowerPoint deck (PPTX)');
    await writeFile('test-results/deck.pptx', deck.bytes);
    expect(deck.name).toMatch(
      /^ohchr-A_HRC_44_28-deck-\d{4}-\d{2}-\d{2}-pillar-accountability_region-002\.pptx$/u,
    );
    const onPage = await expectChartsOfPage(page, deck.parts, deck.slideCount);
    expect(onPage.length).toBeGreaterThan(2);
    // Title, each chart, the map, the sources.
    expect(deck.slideCount).toBe(onPage.length + 3);

    const title = await slideOf(page, deck.parts, 1);
    expect(title.text).toContain('OHCHR activities dashboard');
    expect(title.text).toContain('(A/HRC/44/28, 2020)');
    expect(title.text).toContain('Filters: Pillar: Accountability; Region: Africa');
    expect(title.text).toContain(`${count} records in this view`);
    // The title slide links to the view it was made from.
    expect(title.rels).toContain(page.url().replaceAll('&', '&amp;'));

    const last = await slideOf(page, deck.parts, deck.slideCount);
    expect(last.text).toContain('Sources and citation');
    expect(last.text).toContain(
      'OHCHR activities dashboard (Pillar: Accountability; Region: Africa;',
    );
    expect(last.text).toContain('https://undocs.org/en/A/HRC/44/28');

    let maps = 0;
    for (let n = 2; n < deck.slideCount; n += 1) {
      const slide = await slideOf(page, deck.parts, n);
      expect(slide.text).toMatch(/Source: A\/HRC\/44\/28/u);
      expect(slide.text).toMatch(/Exported \d{1,2} \w+ \d{4}/u);
      expect(slide.text.replaceAll('\n', '')).toContain(`View: ${page.url()}`);
      // The speaker notes quote the paragraphs behind the slide and cite them.
      expect(slide.notes).toMatch(/A\/HRC\/44\/28, paras?\. \d+/u);
      expect(slide.notes).toContain('https://undocs.org/en/A/HRC/44/28');
      if (slide.chart) continue;
      // The map: a picture, with the filters it follows and the UN disclaimer beside it.
      expect(slide.pictures).toBe(1);
      expect(slide.text).toContain('Where the work took place');
      expect(slide.text).toContain(DISCLAIMER);
      expect(slide.text).toContain('Filters: Pillar: Accountability; Region: Africa');
      maps += 1;
    }
    expect(maps).toBe(1);
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('writes the deck in Chinese, a long chart in two columns with every bar', async () => {
    const { page } = session;
    // Under a theme filter the theme chart shows every theme: more bars than one column holds.
    await page.goto(`${baseUrl}?lang=zh&theme=gender`);
    await page.getByRole('group', { name: '导出工作地点' }).waitFor();
    await page.locator('section.chart-card[data-chart]').first().waitFor();
    const deck = await downloadDeck(page, '简报', 'PowerPoint 演示文稿（PPTX）');
    await writeFile('test-results/deck-zh.pptx', deck.bytes);
    await expectChartsOfPage(page, deck.parts, deck.slideCount);
    const themes = (await chartsOnPage(page)).find((chart) => chart.id === 'records-by-theme');
    expect(themes?.rows.length ?? 0).toBeGreaterThan(18);
    let columns = 0;
    for (let n = 2; n < deck.slideCount; n += 1) {
      const slide = await slideOf(page, deck.parts, n);
      if (slide.text.startsWith(themes?.title ?? '\u0000'))
        columns = [...slide.rels.matchAll(target('charts'))].length;
      expect(slide.text).toMatch(/资料来源：A\/HRC\/44\/28，第 [\d、–]+ 段/u);
      expect(slide.notes).toMatch(/A\/HRC\/44\/28，第 \d+ 段/u);
    }
    expect(columns).toBe(2);
    const title = await slideOf(page, deck.parts, 1);
    expect(title.text).toContain('人权高专办活动仪表板');
    expect(title.text).toContain('筛选条件：主题：');
    const last = await slideOf(page, deck.parts, deck.slideCount);
    expect(last.text).toContain('资料来源和引文');
    expect(last.text).toContain('https://undocs.org/zh/A/HRC/44/28');
    expect(session.consoleErrors).toEqual([]);
  });
});
