import { describe, expect, it } from 'vitest';
import {
  documentLink,
  issuingBody,
  paragraphWithCitation,
  quotedText,
  reportCitation,
  viewCitation,
} from '../../src/lib/citation/citation.ts';

// The report as data/reports.json describes it (title from the document's own title page).
const report = {
  symbol: 'A/HRC/44/28',
  year: 2020,
  language: 'zh' as const,
  title: {
    zh: '落实和加强人权领域的国际合作：联合国人权事务高级专员的报告',
    en: 'Enhancement of international cooperation in the field of human rights: report of the United Nations High Commissioner for Human Rights',
  },
};
const accessed = new Date(2026, 11, 2);

describe('citations', () => {
  it('cite a paragraph of the report in English, with the permanent link and the date accessed', () => {
    expect(reportCitation(report, [36], 'en', accessed)).toBe(
      'United Nations, Human Rights Council, “Enhancement of international cooperation in the field of human rights: report of the United Nations High Commissioner for Human Rights” (A/HRC/44/28, 2020), para. 36. https://undocs.org/en/A/HRC/44/28 (accessed 2 December 2026).',
    );
  });

  it('cite paragraphs in Chinese, runs joined', () => {
    expect(reportCitation(report, [9, 3, 4, 5, 6, 7, 8, 36], 'zh', accessed)).toBe(
      '联合国人权理事会，《落实和加强人权领域的国际合作：联合国人权事务高级专员的报告》（A/HRC/44/28，2020 年），第 3–9、36 段。https://undocs.org/zh/A/HRC/44/28（2026年12月2日访问）。',
    );
  });

  it('say "paras." for several and leave the mark out for none', () => {
    expect(reportCitation(report, [3, 5], 'en', accessed)).toContain(
      '(A/HRC/44/28, 2020), paras. 3, 5.',
    );
    expect(reportCitation(report, [], 'en', accessed)).toContain('(A/HRC/44/28, 2020). https://');
  });

  it('name the issuing body from the symbol series, and cite a report without title or year', () => {
    expect(issuingBody('A/HRC/47/30', 'en')).toBe('United Nations, Human Rights Council');
    expect(issuingBody('A/75/100', 'zh')).toBe('联合国大会');
    expect(issuingBody('E/CN.4/2005/1', 'en')).toBe('United Nations, Economic and Social Council');
    expect(issuingBody('CCPR/C/1', 'en')).toBe('United Nations');
    expect(documentLink('A/HRC/47/30', 'zh')).toBe('https://undocs.org/zh/A/HRC/47/30');
    expect(
      reportCitation({ symbol: 'A/HRC/47/30', year: null, title: null }, [2], 'en', accessed),
    ).toBe(
      'United Nations, Human Rights Council (A/HRC/47/30), para. 2. https://undocs.org/en/A/HRC/47/30 (accessed 2 December 2026).',
    );
  });

  it('bracket footnote markers in a quote so that no digit joins the words', () => {
    const text = '开展了 3 个项目，5 与权利主体合作。';
    const start = text.indexOf('5');
    const quote = { text, footnoteRefs: [{ number: 5, start, end: start + 1 }], footnotes: [] };
    expect(quotedText(quote)).toBe('开展了 3 个项目，[5] 与权利主体合作。');
  });

  it('copy a paragraph with its footnotes and citation, saying an English citation quotes the Chinese', () => {
    const text = '人权高专办支持了培训。12';
    const quote = {
      text,
      footnoteRefs: [{ number: 12, start: text.length - 2, end: text.length }],
      footnotes: [{ number: 12, text: '见 www.ohchr.org。' }],
    };
    expect(paragraphWithCitation(report, 19, quote, 'en', accessed).split('\n')).toEqual([
      '「人权高专办支持了培训。[12]」',
      '[12] 见 www.ohchr.org。',
      '— United Nations, Human Rights Council, “Enhancement of international cooperation in the field of human rights: report of the United Nations High Commissioner for Human Rights” (A/HRC/44/28, 2020), para. 19. https://undocs.org/en/A/HRC/44/28 (accessed 2 December 2026). Quoted from the Chinese text.',
    ]);
    expect(paragraphWithCitation(report, 19, quote, 'zh', accessed)).not.toContain('Quoted');
  });

  it('cite a view: the dashboard, its filters and count, its address, then each report with its paragraphs', () => {
    const input = {
      dashboard: 'OHCHR activities dashboard',
      filters: 'Pillar: Accountability',
      records: 1,
      url: 'http://localhost/?pillar=accountability',
      reports: [{ report, paragraphs: [24, 25, 26] }],
    };
    expect(viewCitation(input, 'en', accessed).split('\n')).toEqual([
      'OHCHR activities dashboard (Pillar: Accountability; 1 record). http://localhost/?pillar=accountability (accessed 2 December 2026).',
      'Source: United Nations, Human Rights Council, “Enhancement of international cooperation in the field of human rights: report of the United Nations High Commissioner for Human Rights” (A/HRC/44/28, 2020), paras. 24–26. https://undocs.org/en/A/HRC/44/28 (accessed 2 December 2026).',
    ]);
    const zh = viewCitation(
      { ...input, dashboard: '人权高专办活动仪表板', filters: '支柱：问责', records: 12 },
      'zh',
      accessed,
    );
    expect(zh.split('\n')[0]).toBe(
      '人权高专办活动仪表板（支柱：问责；12 条记录）。http://localhost/?pillar=accountability（2026年12月2日访问）。',
    );
    expect(zh.split('\n')[1]).toMatch(/^资料来源：联合国人权理事会，《落实/);
  });
});
