import { describe, expect, it } from 'vitest';
import type { Tag } from '../../src/domain/index.ts';
import { sumOfBreakdownParts } from '../../src/domain/index.ts';
import { presenceTable } from '../../src/lib/figures/presence-table.ts';
import { countedLabel, countedText } from '../../src/lib/figures/figure-labels.ts';
import {
  figureColumns,
  figureRows,
  qualifiedValue,
} from '../../src/features/tables/figures-table-state.ts';
import {
  highlightSegments,
  partnerText,
  recordColumns,
  recordRows,
  themeLabels,
} from '../../src/features/tables/records-table-state.ts';
import {
  ariaSort,
  numberSort,
  pageSummary,
  textSort,
} from '../../src/features/tables/table-features.ts';
import { translate } from '../../src/lib/i18n/messages.ts';
import type { Language, MessageKey } from '../../src/lib/i18n/messages.ts';
import { dashboardFixture } from '../fixtures/dashboard-data.ts';

const data = dashboardFixture();
const tr = (language: Language) => (key: MessageKey, values?: Record<string, string | number>) =>
  translate(language, key, values);
const formatter = (language: Language) => (value: number) =>
  new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en-GB').format(value);

function tag(kind: Tag['kind'], start: number, end: number): Tag {
  return { kind, start, end, text: '', ref: null, rule: 'test', role: null };
}

describe('highlightSegments', () => {
  it('cuts the sentence at its tags, using paragraph offsets', () => {
    // The sentence starts at offset 100 of its paragraph.
    const segments = highlightSegments('在哥伦比亚与开发署合作。', 100, [
      tag('country', 101, 105),
      tag('partner', 106, 109),
    ]);
    expect(segments.map((s) => [s.text, s.tag?.kind ?? null])).toEqual([
      ['在', null],
      ['哥伦比亚', 'country'],
      ['与', null],
      ['开发署', 'partner'],
      ['合作。', null],
    ]);
  });

  it('lets the innermost tag win where tags nest, and clips tags to the sentence', () => {
    const segments = highlightSegments('《哥伦比亚和平协定》之后', 10, [
      tag('title', 10, 20),
      tag('country', 11, 15),
      tag('theme', 5, 12),
    ]);
    expect(segments.map((s) => [s.text, s.tag?.kind ?? null])).toEqual([
      ['《哥', 'theme'],
      ['伦比亚', 'country'],
      ['和平协定》', 'title'],
      ['之后', null],
    ]);
  });

  it('keeps the sentence whole', () => {
    const sentence = '人权高专办支持条约机构。';
    const segments = highlightSegments(sentence, 0, [tag('actor', 0, 5), tag('fund', 40, 45)]);
    expect(segments.map((s) => s.text).join('')).toBe(sentence);
    expect(highlightSegments(sentence, 0, [])).toEqual([{ text: sentence, tag: null }]);
  });

  it('cuts footnote markers out as their own pieces, ignoring markers of other sentences', () => {
    // "项目，5 与权利主体": the sentence starts at offset 10; footnote 5's marker is "5 " at 15–17.
    const sentence = '问责项目，5 与权利主体开发署2合作。';
    const segments = highlightSegments(
      sentence,
      10,
      [tag('partner', 22, 25)],
      [
        { number: 5, start: 15, end: 17 },
        { number: 6, start: 25, end: 26 },
        { number: 1, start: 2, end: 3 },
      ],
    );
    expect(segments.map((s) => [s.text, s.tag?.kind ?? null, s.footnote ?? null])).toEqual([
      ['问责项目，', null, null],
      ['5 ', null, 5],
      ['与权利主体', null, null],
      ['开发署', 'partner', null],
      ['2', null, 6],
      ['合作。', null, null],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(sentence);
  });
});

describe('recordRows', () => {
  it('names country, role, office, themes and partners in the language', () => {
    const [first] = recordRows(data.activities.records, data.reference, 'en', tr('en'));
    expect(first).toMatchObject({
      paragraph: 10,
      country: 'Colombia',
      role: 'Activity',
      officeType: 'Country office',
      themes: ['Gender equality'],
      partners: [{ id: 'undp', name: 'United Nations Development Programme', acronym: 'UNDP' }],
    });
    expect(first?.segments.filter((s) => s.tag).map((s) => s.text)).toEqual([
      '人权高专办',
      '哥伦比亚',
      '开发署',
      '性别平等',
    ]);
    const zh = recordRows(data.activities.records, data.reference, 'zh', tr('zh'));
    expect(zh[0]?.country).toBe('哥伦比亚');
    expect(zh.find((row) => row.countryCode === null)?.country).toBe('全球或区域（无具体国家）');
  });

  it('lists themes in reference order, leaving out a pillar one of its themes names', () => {
    const labels = (ids: string[], language: Language = 'en') =>
      themeLabels(ids, data.reference, language);
    expect(labels(['gender', 'non-discrimination', 'development'])).toEqual([
      'Development',
      'Gender equality',
    ]);
    expect(labels(['civic-space', 'sdgs', 'participation', 'development'], 'zh')).toEqual([
      '可持续发展目标',
      '公民空间',
    ]);
    expect(labels(['mechanisms', 'unknown-theme'])).toEqual([
      'Support to the human rights mechanisms',
      'unknown-theme',
    ]);
  });

  it('shows an acronym in English and the name in Chinese', () => {
    const partner = { id: 'undp', name: 'x', acronym: 'UNDP' };
    expect(partnerText(partner, 'en')).toBe('UNDP');
    expect(partnerText({ ...partner, name: '开发计划署' }, 'zh')).toBe('开发计划署');
    expect(partnerText({ ...partner, acronym: null, name: 'World Bank' }, 'en')).toBe('World Bank');
  });
});

describe('column definitions', () => {
  it('sort records by ¶ and sentence, and never by the sentence text', () => {
    const columns = recordColumns('en');
    expect(columns.map((c) => c.id)).toEqual([
      'paragraph',
      'country',
      'role',
      'officeType',
      'themes',
      'partners',
      'sentence',
    ]);
    expect(columns.at(-1)?.enableSorting).toBe(false);
  });

  it('lists the figure columns', () => {
    expect(figureColumns('zh').map((c) => c.id)).toEqual([
      'fund',
      'counts',
      'value',
      'year',
      'paragraph',
    ]);
  });
});

describe('sort functions', () => {
  const row = (value: unknown) => ({ getValue: () => value }) as never;
  it('compare text with the language collation', () => {
    const zh = textSort(new Intl.Collator('zh-CN'));
    expect(zh(row('法国'), row('乌干达'), 'x')).toBeLessThan(0);
    const en = textSort(new Intl.Collator('en', { numeric: true }));
    expect(en(row('item 2'), row('item 10'), 'x')).toBeLessThan(0);
  });

  it('compare numbers and put missing ones last', () => {
    const byNumber = numberSort();
    expect(byNumber(row(2), row(10), 'x')).toBeLessThan(0);
    expect(byNumber(row(null), row(10), 'x')).toBeGreaterThan(0);
    expect(byNumber(row(1), row(null), 'x')).toBeLessThan(0);
    expect(byNumber(row(null), row(null), 'x')).toBe(0);
  });
});

describe('figures', () => {
  it('write the qualifier in each language', () => {
    expect(qualifiedValue({ value: 110, qualifier: 'more than' }, tr('en'), formatter('en'))).toBe(
      'more than 110',
    );
    expect(qualifiedValue({ value: 110, qualifier: 'more than' }, tr('zh'), formatter('zh'))).toBe(
      '110 多',
    );
    expect(qualifiedValue({ value: 1200, qualifier: 'about' }, tr('en'), formatter('en'))).toBe(
      'about 1,200',
    );
    expect(qualifiedValue({ value: 3, qualifier: null }, tr('zh'), formatter('zh'))).toBe('3');
  });

  it("say what is counted in the chosen language, with the report's words beside it", () => {
    const text = (counts: string, words: string, language: Language) =>
      countedText(countedLabel({ counts, countsText: words }, language), language);
    expect(text('beneficiaries', '名受益者', 'en')).toBe('beneficiaries “名受益者”');
    expect(text('beneficiaries', '名受益者', 'zh')).toBe('受益者（名受益者）');
    expect(countedLabel({ counts: 'beneficiaries', countsText: '名受益者' }, 'en')).toEqual({
      category: 'beneficiaries',
      words: '名受益者',
    });
    // Words that say no more than the category are not repeated, in either language.
    expect(text('countries', '国家', 'en')).toBe('countries');
    expect(text('countries', '国家', 'zh')).toBe('国家');
    expect(text('people', '', 'zh')).toBe('人员');
    expect(text('unheard-of', '', 'en')).toBe('unheard-of');
  });

  it('name the fund in the language, or none', () => {
    const rows = figureRows(data.figures.figures, data.reference, 'zh', tr('zh'), formatter('zh'));
    expect(rows.map((row) => [row.fund, row.valueText, row.year])).toEqual([
      ['联合国人权领域技术合作自愿基金', '110 多', 2019],
      [null, '3', null],
      ['联合国援助酷刑受害者自愿基金', '约 1,200', 2020],
    ]);
  });
});

describe('field presences', () => {
  it('gives one row per office type with the reference label', () => {
    const breakdown = data.figures.officeBreakdown!;
    const table = presenceTable(data, 'en');
    expect(table.rows.map((row) => [row.officeType, row.label, row.counts])).toEqual([
      ['country-office', 'Country office', [17]],
      ['peace-mission-component', 'Human rights component of a peace mission', [12]],
      ['regional-office', 'Regional office', [12]],
      ['human-rights-adviser', 'Human rights adviser', [37]],
      ['other-presence', 'Other field presence', [6]],
    ]);
    expect(sumOfBreakdownParts(breakdown)).toBe(breakdown.total);
    expect(table.columns[0]?.sumOfParts).toBe(breakdown.total);
    expect(presenceTable(data, 'zh').rows[0]?.label).toBe('国别办事处');
  });
});

describe('pagination and sort state', () => {
  it('summarises a page', () => {
    expect(pageSummary(0, 25, 30)).toEqual({ first: 1, last: 25, pageCount: 2 });
    expect(pageSummary(1, 25, 30)).toEqual({ first: 26, last: 30, pageCount: 2 });
    expect(pageSummary(0, 25, 0)).toEqual({ first: 0, last: 0, pageCount: 1 });
    expect(pageSummary(0, 25, 25)).toEqual({ first: 1, last: 25, pageCount: 1 });
  });

  it('maps sort direction to aria-sort', () => {
    expect(ariaSort('asc')).toBe('ascending');
    expect(ariaSort('desc')).toBe('descending');
    expect(ariaSort(false)).toBe('none');
  });
});
