import fc from 'fast-check';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../scripts/reference/csv.ts';
import { toCsv } from '../../src/features/export/csv.ts';
import { briefingReadme, pictureContext } from '../../src/features/export/export-context.ts';
import {
  exportFileName,
  filterSlug,
  sanitizeFileName,
} from '../../src/features/export/file-name.ts';
import { compressParagraphs, sourceLines } from '../../src/features/export/paragraph-ranges.ts';
import {
  recordCsvRows,
  recordHxlRows,
  recordTable,
} from '../../src/features/export/records-export-state.ts';
import {
  formatExportDate,
  svgWithContext,
  wrapText,
} from '../../src/features/export/svg-with-context.ts';
import { workbookSheets } from '../../src/features/export/workbook-state.ts';
import { workbookBlob } from '../../src/features/export/xlsx.ts';
import { appDataFixture } from '../fixtures/app-data.ts';
import type { ChartExportApi } from '../../src/lib/export/chart-export-api.ts';
import { describeFilters, describeScope } from '../../src/lib/export/describe-filters.ts';
import { emptyFilters } from '../../src/lib/filters/filter-state.ts';
import { recordsFixture, referenceFixture } from '../fixtures/dashboard-data.ts';

const reference = referenceFixture();
const records = recordsFixture();
const filters = { ...emptyFilters, theme: 'sdgs', country: 'MEX', q: 'a<b' };
const now = new Date(2026, 10, 25, 12);

describe('describeFilters', () => {
  it('names each active filter in the chosen language', () => {
    expect(describeFilters(filters, reference, 'en')).toBe(
      'Theme: Sustainable Development Goals; Country: Mexico; Search: “a<b”',
    );
    const zh = describeFilters(filters, reference, 'zh');
    expect(zh).toContain('可持续发展目标');
    expect(zh).toContain('墨西哥');
  });

  it('says so when nothing is filtered', () => {
    expect(describeFilters(emptyFilters, reference, 'en')).toBe('All records (no filters)');
    expect(describeFilters(emptyFilters, reference, 'zh')).toBe('全部记录（未筛选）');
  });

  it('names partners with their acronym and roles in words', () => {
    const text = describeFilters(
      { ...emptyFilters, partner: 'undp', role: 'venue', region: '019' },
      reference,
      'en',
    );
    expect(text).toContain('United Nations Development Programme (UNDP)');
    expect(text).toContain('Venue');
    expect(text).toContain('Americas');
  });
});

describe('paragraph ranges', () => {
  it('compresses runs, sorts and drops duplicates', () => {
    expect(compressParagraphs([26, 16, 24, 25, 24])).toBe('16, 24–26');
    expect(compressParagraphs([3, 4])).toBe('3–4');
    expect(compressParagraphs([])).toBe('');
    expect(compressParagraphs([9, 1, 2, 3, 7])).toBe('1–3, 7, 9');
  });

  it('writes the source line in each language', () => {
    const sources = [16, 24, 25, 26].map((paragraph) => ({ report: 'A/HRC/44/28', paragraph }));
    expect(sourceLines(sources, 'en', 'X')).toEqual(['Source: A/HRC/44/28, ¶¶ 16, 24–26']);
    expect(sourceLines(sources, 'zh', 'X')).toEqual(['资料来源：A/HRC/44/28，第 16、24–26 段']);
    expect(sourceLines([{ report: 'R', paragraph: 5 }], 'en', 'X')).toEqual(['Source: R, ¶ 5']);
    expect(sourceLines([], 'en', 'A/HRC/44/28')).toEqual(['Source: A/HRC/44/28']);
  });
});

describe('describeScope: the caption says which filters the picture follows', () => {
  const set = { ...emptyFilters, theme: 'sdgs', country: 'MEX' };

  it('names every filter of a picture that follows them all', () => {
    expect(describeScope(set, { follows: 'all' }, reference, 'en')).toBe(
      'Filters: Theme: Sustainable Development Goals; Country: Mexico',
    );
  });

  it('names apart the filter a chart of its own dimension ignores', () => {
    // The map under a country filter: every country stays coloured, Mexico is outlined.
    expect(describeScope(set, { follows: 'others', ignores: ['country'] }, reference, 'en')).toBe(
      'Filters: Theme: Sustainable Development Goals. Under those filters the chart shows every bar of its own dimension; the one set (Country: Mexico) is marked.',
    );
    // Nothing of its own set: the plain line.
    expect(
      describeScope(set, { follows: 'others', ignores: ['region', 'subregion'] }, reference, 'en'),
    ).toBe('Filters: Theme: Sustainable Development Goals; Country: Mexico');
  });

  it('says "not filtered" for the stated figures, whatever the filters', () => {
    expect(describeScope(set, { follows: 'none' }, reference, 'en')).toBe(
      'Not filtered: the figures as the report states them.',
    );
    expect(describeScope(set, { follows: 'none' }, reference, 'zh')).toBe(
      '未筛选：报告原文所述的数字。',
    );
  });
});

describe('svgWithContext', () => {
  const chart = {
    svg: '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="10" height="10"/></svg>',
    width: 400,
    height: 200,
  };
  const context = pictureContext(
    'Records & themes <by region>',
    [16, 24, 25, 26].map((paragraph) => ({ report: 'A/HRC/44/28', paragraph })),
    { filters, reference, language: 'en', report: 'A/HRC/44/28' },
    now,
  );
  const result = svgWithContext(chart, context);

  it('carries the title, filters, sources and date, escaped', () => {
    expect(result.svg).toContain('Records &amp; themes &lt;by region&gt;');
    expect(result.svg).toContain('Filters: Theme: Sustainable Development Goals; Country: Mexico');
    expect(result.svg).toContain('“a&lt;b”');
    expect(result.svg).toContain('Source: A/HRC/44/28, ¶¶ 16, 24–26');
    expect(result.svg).toContain(`Exported ${formatExportDate(now, 'en')}`);
    expect(result.svg).toContain('25 November 2026');
    expect(result.svg).not.toContain('<?xml');
    expect(result.svg).toContain('fill="#ffffff"');
  });

  it('draws the notes that must go with the picture (the UN map disclaimer) above the date', () => {
    const disclaimer =
      'The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.';
    const withNote = svgWithContext(chart, { ...context, notes: [disclaimer] }).svg;
    const drawn = [...withNote.matchAll(/<text [^>]*>([^<]*)<\/text>/gu)].map((m) => m[1]);
    // Wrapped to the picture's width, in drawn text (not only in <desc>), before the date.
    expect(drawn.join(' ')).toContain('The boundaries and names shown');
    expect(drawn.join(' ')).toContain('acceptance by the United Nations.');
    const noteAt = drawn.findIndex((line) => line?.startsWith('The boundaries'));
    const dateAt = drawn.findIndex((line) => line?.startsWith('Exported'));
    expect(noteAt).toBeGreaterThan(0);
    expect(dateAt).toBeGreaterThan(noteAt);
    expect(svgWithContext(chart, { ...context, notes: [disclaimer] }).height).toBeGreaterThan(
      result.height,
    );
  });

  it('draws the view address under the date, wrapped, with room for each line', () => {
    const url = `http://host/?theme=${'x'.repeat(200)}`;
    const withView = svgWithContext(chart, { ...context, view: `View: ${url}` });
    const drawn = [...withView.svg.matchAll(/<text [^>]*y="([\d.]+)"[^>]*>([^<]*)<\/text>/gu)];
    const dateAt = drawn.findIndex((m) => m[2]?.startsWith('Exported'));
    const viewLines = drawn.slice(dateAt + 1);
    expect(viewLines.length).toBeGreaterThan(1);
    expect(viewLines.map((m) => m[2]).join('')).toBe(`View:${url}`);
    const lastY = Number(viewLines.at(-1)?.[1]);
    expect(lastY).toBeLessThan(withView.height);
    expect(withView.height - lastY).toBeGreaterThanOrEqual(20);
  });

  it('is larger than the chart and well-formed enough to nest', () => {
    expect(result.width).toBeGreaterThanOrEqual(448);
    expect(result.height).toBeGreaterThan(200);
    expect(result.svg.startsWith('<svg')).toBe(true);
    expect(result.svg.match(/<svg/gu)?.length).toBe(2);
    expect(result.svg.match(/<\/svg>/gu)?.length).toBe(2);
  });

  it('wraps long lines, Chinese included', () => {
    const lines = wrapText('资料来源：A/HRC/44/28，第 ' + '1、'.repeat(200) + '段', 300, 12);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line.length).toBeLessThan(60);
  });

  it('writes the Chinese date', () => {
    expect(formatExportDate(now, 'zh')).toBe('2026年11月25日');
  });
});

describe('CSV', () => {
  it('starts with a BOM, ends lines with CRLF and quotes what needs it', () => {
    const csv = toCsv([
      ['a', 'b,c', 'say "hi"'],
      ['line\nbreak', 3, null],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFa,"b,c","say ""hi"""\r\n"line\nbreak",3,\r\n');
    expect(parseCsvRecords(csv)).toEqual([
      ['a', 'b,c', 'say "hi"'],
      ['line\nbreak', '3', ''],
    ]);
  });

  it('opens every text that begins like a formula as text, and leaves numbers numbers', () => {
    // The OWASP examples: a live link, a command, arithmetic, a function; and the tab and
    // carriage return some spreadsheets skip before one.
    const hostile = ['=HYPERLINK("http://evil","x")', "+cmd|' /C calc'!A0", '-1+1', '@SUM(A1)'];
    const csv = toCsv([[...hostile, '\t=1+1', '\r=1+1', -3, 'a=b', '#meta+id']]);
    expect(parseCsvRecords(csv)).toEqual([
      [...hostile.map((cell) => `'${cell}`), "'\t=1+1", "'\r=1+1", '-3', 'a=b', '#meta+id'],
    ]);
  });

  it('never lets a text cell begin with = + - @, tab or CR (any text)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme-ascii' }), { maxLength: 5 }), (cells) => {
        const [parsed] = parseCsvRecords(toCsv([cells])) as string[][];
        parsed?.forEach((cell, index) => {
          expect(cell).not.toMatch(/^[=+\-@\t\r]/u);
          const original = cells[index] ?? '';
          expect(cell === original || cell === `'${original}`).toBe(true);
        });
      }),
    );
  });

  it('writes one row per record with names and codes', () => {
    const table = recordTable(records, reference, 'en');
    const parsed = parseCsvRecords(toCsv(recordCsvRows(table)));
    expect(parsed).toHaveLength(records.length + 1);
    expect(parsed[0]).toContain('Country code (ISO3)');
    const mexico = parsed.find((row) => row.includes('MEX'));
    expect(mexico).toContain('Mexico');
    expect(mexico).toContain('019');
    expect(mexico).toContain('Americas');
    for (const row of parsed) expect(row).toHaveLength(parsed[0]?.length ?? 0);
  });

  it('names things in Chinese when asked', () => {
    const table = recordTable(records, reference, 'zh');
    expect(table.header).toContain('国家');
    expect(table.rows.some((row) => row.includes('墨西哥'))).toBe(true);
  });
});

describe('HXL', () => {
  it('puts the hashtag row second', () => {
    const rows = recordHxlRows(recordTable(records, reference, 'en'));
    expect(rows).toHaveLength(records.length + 2);
    const tags = rows[1] as string[];
    for (const tag of tags) expect(tag).toMatch(/^#[a-z_]+(\+[a-z_]+)*$/u);
    for (const tag of ['#meta+id', '#meta+source', '#country+code', '#country+name']) {
      expect(tags).toContain(tag);
    }
    for (const tag of ['#region+code', '#org+name', '#org+code', '#sector+name']) {
      expect(tags).toContain(tag);
    }
    expect(tags).toContain('#activity+description');
  });
});

describe('the XLSX workbook of a view', () => {
  const data = appDataFixture();
  const now = new Date(2026, 10, 25, 12);
  const url = 'http://localhost:4173/?lang=en&country=MEX';

  async function sheetsOf(records: typeof data.activities.records, language: 'zh' | 'en') {
    const blob = await workbookBlob(
      workbookSheets({
        data,
        records,
        filters: { ...emptyFilters, ...(records.length < 6 ? { country: 'MEX' } : {}) },
        language,
        now,
        url,
      }),
    );
    return readXlsxFile(blob);
  }

  it('has the records, sentences, figures, presences, paragraphs and about sheets, named in the language', async () => {
    const en = await sheetsOf(data.activities.records, 'en');
    expect(en.map((sheet) => sheet.sheet)).toEqual([
      'Records',
      'Sentences',
      'Figures',
      'Field presences',
      'Source paragraphs',
      'About',
    ]);
    const zh = await sheetsOf(data.activities.records, 'zh');
    expect(zh.map((sheet) => sheet.sheet)).toEqual([
      '记录',
      '句子',
      '数字',
      '外地驻地机构',
      '来源段落',
      '说明',
    ]);
    expect(zh[0]?.data[0]).toContain('国家');
  });

  it('holds, read by hand from the fixture, 6 records from 5 sentences of 3 cited paragraphs', async () => {
    const [records, sentences, figures, presences, paragraphs] = await sheetsOf(
      data.activities.records,
      'en',
    );
    expect(records?.data).toHaveLength(1 + 6);
    expect(sentences?.data).toHaveLength(1 + 5);
    // ¶25's second sentence names Mexico and France: one row, both countries.
    const second = sentences?.data.find((row) => row[1] === 25 && row[2] === 2);
    expect(String(second?.[3])).toMatch(/Mexico; France|France; Mexico/u);
    // The one figure: 15 countries of the Voluntary Fund for Technical Cooperation (¶25).
    expect(figures?.data.slice(1)).toEqual([
      [
        'A/HRC/44/28',
        25,
        'Voluntary Fund for Technical Cooperation',
        'countries',
        '个国家',
        null,
        15,
        null,
      ],
    ]);
    // The fixture states no breakdown: a header and no rows.
    expect(presences?.data).toHaveLength(1);
    // ¶¶ 24–26 are cited, with their section path and ¶24's footnote.
    expect(paragraphs?.data.slice(1).map((row) => row[1])).toEqual([24, 25, 26]);
    expect(String(paragraphs?.data[1]?.[2])).toBe(
      '四. 落实国际合作 › A. 联合国人权事务高级专员办事处 › 1. 外地存在',
    );
    expect(String(paragraphs?.data[1]?.[4])).toBe('2. 见 A/HRC/43/3。');
  });

  it('says in its about sheet what the file is, under which filters, when and from where', async () => {
    const mexico = data.activities.records.filter((r) => r.country === 'MEX');
    const sheets = await sheetsOf(mexico, 'en');
    const about = new Map(
      (sheets.at(-1)?.data.slice(1) ?? []).map((row) => [String(row[0]), row[1]]),
    );
    expect(about.get('Filters of the view')).toBe('Country: Mexico');
    expect(about.get('Records (sentence × country)')).toBe(1);
    expect(about.get('Paragraphs with records')).toBe(1);
    expect(about.get('View (address)')).toBe(url);
    expect(String(about.get('Report'))).toContain('A/HRC/44/28');
    expect(about.get('Exported')).toBe('25 November 2026');
    expect(sheets[0]?.data).toHaveLength(1 + 1);
  });
});

describe('file names say the view', () => {
  it('name the filters a file follows, by their ids, after the date', () => {
    const set = { ...emptyFilters, pillar: 'accountability', region: '002' };
    expect(filterSlug(set)).toBe('pillar-accountability_region-002');
    expect(exportFileName('A/HRC/44/28', 'records', '2026-11-25', 'csv', filterSlug(set))).toBe(
      'ohchr-A_HRC_44_28-records-2026-11-25-pillar-accountability_region-002.csv',
    );
    // A chart of its own dimension, and the stated figures, name only what they follow.
    expect(filterSlug(set, { follows: 'others', ignores: ['region', 'subregion'] })).toBe(
      'pillar-accountability',
    );
    expect(filterSlug(set, { follows: 'none' })).toBe('');
    expect(filterSlug(emptyFilters)).toBe('');
  });

  it('keep a search in another script out of the name, and any name short and safe', () => {
    expect(filterSlug({ ...emptyFilters, q: '利比里亚' })).toBe('q');
    expect(filterSlug({ ...emptyFilters, q: 'Liberia' })).toBe('q-Liberia');
    const long = exportFileName('A/HRC/44/28', 'records', '2026-11-25', 'csv', 'x'.repeat(400));
    expect(long.length).toBeLessThanOrEqual(150);
    expect(long).toMatch(/^ohchr-A_HRC_44_28-records-2026-11-25-x+\.csv$/u);
  });
});

describe('sanitizeFileName', () => {
  it('replaces separators, control and reserved characters', () => {
    expect(exportFileName('A/HRC/44/28', 'records', '2026-11-25', 'csv')).toBe(
      'ohchr-A_HRC_44_28-records-2026-11-25.csv',
    );
    expect(sanitizeFileName('a\\b/c\u0000d<e>f:g|h?i*j')).toBe('a_b_cdefghij');
    expect(sanitizeFileName('../../etc/passwd')).toBe('etc_passwd');
    expect(sanitizeFileName('CON')).toBe('_CON');
    expect(sanitizeFileName('nul.txt')).toBe('_nul.txt');
    expect(sanitizeFileName('地图.png')).toBe('export.png');
    expect(sanitizeFileName('地图')).toBe('export');
    expect(sanitizeFileName('   ')).toBe('export');
    expect(sanitizeFileName('Côte d’Ivoire.csv')).toBe('Cote-d_Ivoire.csv');
    expect(sanitizeFileName('x'.repeat(400))).toHaveLength(150);
  });

  it('defuses hostile names: markup, traversal, hidden files, bidi tricks, line breaks', () => {
    expect(sanitizeFileName('<img src=x onerror=alert(1)>.png')).toBe(
      'img-src=x-onerror=alert(1).png',
    );
    expect(sanitizeFileName('<script>alert(1)</script>.csv')).toBe('scriptalert(1)_script.csv');
    expect(sanitizeFileName('..')).toBe('export');
    expect(sanitizeFileName('.bashrc')).toBe('export.bashrc');
    expect(sanitizeFileName('C:\\Windows\\System32\\cmd.exe')).toBe('C_Windows_System32_cmd.exe');
    // U+202E would show "evil\u202Egpj.exe" as "evilexe.jpg".
    expect(sanitizeFileName('evil\u202Egpj.exe')).toBe('evil_gpj.exe');
    expect(sanitizeFileName('a\r\nb\tc.csv')).toBe('abc.csv');
    expect(sanitizeFileName('COM1.csv')).toBe('_COM1.csv');
  });

  it('any name becomes a safe, non-empty name of at most 150 printable ASCII characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (name) => {
        const safe = sanitizeFileName(name);
        expect(safe.length).toBeGreaterThan(0);
        expect(safe.length).toBeLessThanOrEqual(150);
        expect(safe).toMatch(/^[\x21-\x7e][\x20-\x7e]*$/u);
        expect(safe).not.toMatch(/[/\\<>:"|?*]/u);
        expect(safe).not.toMatch(/^\.|[. ]$/u);
        expect(safe).not.toMatch(/^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/iu);
      }),
      { numRuns: 500 },
    );
  });
});

describe('briefing README', () => {
  it('lists filters, sources, date and files', () => {
    const api: ChartExportApi = {
      id: 'map',
      title: 'Map',
      svg: () => '<svg/>',
      width: 10,
      height: 10,
      rows: () => ({ columns: [], rows: [] }),
      sources: () => [{ report: 'A/HRC/44/28', paragraph: 16 }],
    };
    const text = briefingReadme(
      [api],
      ['map.png'],
      { filters, reference, language: 'en', report: 'A/HRC/44/28' },
      now,
    );
    expect(text).toContain('Filters: Theme: Sustainable Development Goals');
    expect(text).toContain('Source: A/HRC/44/28, ¶ 16');
    expect(text).toContain('- map.png');
    expect(text).toContain('25 November 2026');
  });

  it('gives the view address and the citation in the README when they are known', () => {
    const text = briefingReadme(
      [],
      ['map.png'],
      { filters, reference, language: 'en', report: 'A/HRC/44/28' },
      now,
      { url: 'http://host/?theme=x', citation: 'First line.\nSource: second line.' },
    );
    const lines = text.split('\r\n');
    expect(lines).toContain('View: http://host/?theme=x');
    const cite = lines.indexOf('Cite as:');
    expect(lines.slice(cite + 1, cite + 3)).toEqual(['First line.', 'Source: second line.']);
    expect(lines.indexOf('Files:')).toBeGreaterThan(cite);
  });
});
