import { describe, expect, it } from 'vitest';
import { reportSummary } from '../../src/app/report-summary.ts';
import { appDataFixture } from '../fixtures/app-data.ts';

describe('reportSummary', () => {
  it('says which report, when, and how many paragraphs it has', () => {
    const summary = reportSummary(appDataFixture(), 'en');
    expect(summary?.reportParagraphs).toBe(5);
    expect(summary?.symbol).toBe('A/HRC/44/28');
    expect(summary?.year).toBe(2020);
    expect(summary?.preparedAt).toBe('2025-03-01T12:00:00Z');
  });

  it('takes the title in the chosen language from the report registry', () => {
    expect(reportSummary(appDataFixture(), 'en')?.title).toEqual({
      text: 'Enhancement of international cooperation in the field of human rights',
      lang: 'en',
    });
    expect(reportSummary(appDataFixture(), 'zh')?.title?.lang).toBe('zh');
  });

  it('without a registry entry, shows the printed Chinese title and reads the year from the title block', () => {
    const data = appDataFixture();
    const report = { ...data.paragraphs.reports[0]!, registry: null };
    const summary = reportSummary(
      { ...data, paragraphs: { ...data.paragraphs, reports: [report] } },
      'en',
    );
    expect(summary?.title).toEqual({ text: '落实和加强人权领域的国际合作', lang: 'zh' });
    expect(summary?.year).toBe(2020);
  });

  it('says nothing of a report when the data has none', () => {
    const data = appDataFixture();
    expect(
      reportSummary({ ...data, paragraphs: { ...data.paragraphs, reports: [] } }, 'en'),
    ).toBeNull();
  });
});
