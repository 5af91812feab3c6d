import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from './browser.ts';
import { servedJson } from './served-data.ts';
import {
  busiestTheme,
  recordsTableCount,
  servedRecordsAndThemes,
  type ServedRecord,
  type ServedTheme,
} from './dashboard-page.ts';

const baseUrl = inject('baseUrl');
const session = useBrowserSession(baseUrl, inject('chromiumPath'), {
  viewport: { width: 1400, height: 1000 },
});

interface ServedParagraph {
  report: string;
  number: number;
  text: string;
  footnoteRefs: { number: number; start: number; end: number }[];
}
interface ServedReport {
  symbol: string;
  registry: { year: number; title: { en: string } } | null;
}

let records: readonly ServedRecord[];
let themes: readonly ServedTheme[];
let paragraphs: { paragraphs: ServedParagraph[]; reports: ServedReport[] };

beforeAll(async () => {
  ({ records, themes } = await servedRecordsAndThemes(baseUrl));
  paragraphs = await servedJson(baseUrl, 'paragraphs');
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: baseUrl,
  });
});

/** "paras. 3–9, 36" -> 3, 4, …, 9, 36: read back by hand, not by the app's own code. */
function expandParagraphs(list: string): number[] {
  return list.split(', ').flatMap((part) => {
    const [from, to] = part.split('–').map(Number) as [number, number | undefined];
    return Array.from({ length: (to ?? from) - from + 1 }, (_, index) => from + index);
  });
}

const clipboard = () => session.page.evaluate(() => navigator.clipboard.readText());

describe('cite and share', () => {
  it('cites a filtered view: its count and address, then the report with every paragraph its records cite', async () => {
    const { page } = session;
    const chosen = busiestTheme(records, themes);
    await page.goto(`${baseUrl}?lang=en&theme=${chosen.theme.id}`);
    await expect.poll(() => recordsTableCount(page)).toBe(chosen.count);

    await page.getByRole('button', { name: 'Cite this view' }).click();
    const text = page.getByRole('textbox', { name: 'Citation of this view' });
    await expect.poll(async () => (await text.inputValue()).length).toBeGreaterThan(0);
    const [view, source, ...rest] = (await text.inputValue()).split('\n');
    expect(rest).toEqual([]);
    expect(view).toContain(chosen.theme.labels.en);
    expect(view).toContain(`; ${chosen.count} records). ${page.url()} (accessed `);

    const report = paragraphs.reports[0]!;
    expect(source).toContain(
      `Source: United Nations, Human Rights Council, “${report.registry!.title.en}” (${report.symbol}, ${report.registry!.year}), para`,
    );
    expect(source).toContain(`https://undocs.org/en/${report.symbol} (accessed `);
    const cited = /paras?\. ([\d–, ]+)\. https/u.exec(source ?? '')?.[1] ?? '';
    const expected = [
      ...new Set(records.filter((r) => r.themes.includes(chosen.theme.id)).map((r) => r.paragraph)),
    ].sort((a, b) => a - b);
    expect(expandParagraphs(cited)).toEqual(expected);

    await page.getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(clipboard).toBe(await text.inputValue());
    expect(session.consoleErrors).toEqual([]);
  });

  it('copies a link that reproduces the view', async () => {
    const { page } = session;
    const chosen = busiestTheme(records, themes);
    await page.goto(`${baseUrl}?lang=zh&theme=${chosen.theme.id}`);
    await page.getByRole('button', { name: '复制链接' }).click();
    await page.getByText('已复制').first().waitFor();
    const link = await clipboard();
    expect(new URL(link).searchParams.get('theme')).toBe(chosen.theme.id);

    await page.goto(`${baseUrl}?lang=en`);
    await expect.poll(() => recordsTableCount(page)).toBe(records.length);
    await page.goto(link.replace('lang=zh', 'lang=en'));
    await expect.poll(() => recordsTableCount(page)).toBe(chosen.count);
  });

  it('copies a source paragraph with its footnote markers bracketed and its citation', async () => {
    const { page } = session;
    // A country whose records cite a paragraph with footnote markers, from the served files.
    const withNotes = records.flatMap((record) => {
      const paragraph = paragraphs.paragraphs.find(
        (p) => p.report === record.report && p.number === record.paragraph,
      );
      return record.country && paragraph && paragraph.footnoteRefs.length > 0
        ? [{ country: record.country, paragraph }]
        : [];
    });
    await page.goto(`${baseUrl}?lang=en`);
    await page.locator('.map-svg').waitFor();
    let chosen: (typeof withNotes)[number] | undefined;
    for (const candidate of withNotes) {
      const shape = page.locator(`.map-svg .is-interactive[data-iso3="${candidate.country}"]`);
      if (await shape.first().isVisible()) {
        chosen = candidate;
        break;
      }
    }
    expect(chosen).toBeDefined();
    const { country, paragraph } = chosen!;
    const number = String(paragraph.number);
    const symbol = paragraph.report;
    // By keyboard: a click at the middle of a concave country's box can land on the sea.
    await page.locator(`.map-svg .is-interactive[data-iso3="${country}"]`).first().focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog');
    await panel.waitFor();
    const button = panel.getByRole('button', {
      name: `Copy paragraph ${number} of ${symbol} with its citation`,
    });

    await button.click();
    await expect.poll(clipboard).toMatch(/^「/u);
    const lines = (await clipboard()).split('\n');
    const quote = lines[0]!;
    for (const ref of paragraph.footnoteRefs) expect(quote).toContain(`[${ref.number}]`);
    // The words are the paragraph's own, marker digits aside.
    let words = paragraph.text;
    for (const ref of [...paragraph.footnoteRefs].sort((a, b) => b.start - a.start))
      words = words.slice(0, ref.start) + words.slice(ref.end);
    const squeeze = (value: string) => value.replaceAll(/\s+/gu, '');
    expect(squeeze(quote.slice(1, -1).replaceAll(/\[\d+\]/gu, ''))).toBe(squeeze(words));
    expect(lines).toHaveLength(2 + paragraph.footnoteRefs.length);
    expect(lines.at(-1)).toContain(`(${symbol}, `);
    expect(lines.at(-1)).toContain(`para. ${number}. https://undocs.org/en/${symbol} (accessed `);
    expect(lines.at(-1)).toMatch(/Quoted from the Chinese text\.$/u);
  });

  it('embeds one chart alone with its caption, filters pinned from the URL', async () => {
    const { page } = session;
    const chosen = busiestTheme(records, themes);
    await page.goto(`${baseUrl}?lang=en&theme=${chosen.theme.id}&embed=records-by-theme`);
    const card = page.locator('.chart-card');
    await card.first().waitFor();
    expect(await card.count()).toBe(1);
    expect(await card.getAttribute('data-chart')).toBe('records-by-theme');
    expect(await page.locator('.map-svg, .filters-slot, .tables-slot, .overview').count()).toBe(0);
    const caption = (await card.locator('.embed-caption').textContent()) ?? '';
    expect(caption).toContain(`Theme: ${chosen.theme.labels.en}`);
    expect(caption).toContain('Source: A/HRC/44/28, ¶');
    const back = await card.getByRole('link', { name: 'Open this view in the dashboard' });
    const href = new URL((await back.getAttribute('href')) ?? '');
    expect(href.searchParams.get('embed')).toBeNull();
    expect(href.searchParams.get('theme')).toBe(chosen.theme.id);

    // Pinned: a bar's button in the data table does not change the filters.
    await card.locator('summary').click();
    await card.locator('button.chart-filter').first().click();
    expect(new URL(page.url()).searchParams.get('theme')).toBe(chosen.theme.id);

    await page.goto(`${baseUrl}?lang=en&embed=no-such-chart`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('records-by-theme');
    expect(session.consoleErrors).toEqual([]);
  });

  it('copies the embed code of a chart, which shows that chart of the view', async () => {
    const { page } = session;
    const chosen = busiestTheme(records, themes);
    await page.goto(`${baseUrl}?lang=en&theme=${chosen.theme.id}`);
    const menu = page.getByRole('group', { name: /^Export Records per theme/ });
    await menu.getByRole('button', { name: /^Copy the code that embeds/ }).click();
    await expect.poll(clipboard).toMatch(/^<iframe src="/u);
    const code = await clipboard();
    const src = /src="([^"]+)"/u.exec(code)?.[1]?.replaceAll('&amp;', '&') ?? '';
    expect(new URL(src).searchParams.get('embed')).toBe('records-by-theme');
    await page.goto(src);
    await page.locator('.chart-card[data-chart="records-by-theme"] .embed-caption').waitFor();
    expect(await page.locator('.chart-card').count()).toBe(1);
  });
});
