import { describe, expect, it } from 'vitest';
import {
  formatDate,
  isoDate,
  formatList,
  formatNumber,
  localeOf,
  pluralCategory,
} from '../../src/lib/i18n/locale.ts';
import { catalogue, translate } from '../../src/lib/i18n/messages.ts';

describe('the locale of each language', () => {
  it('is one BCP-47 tag per language', () => {
    expect(localeOf('zh')).toBe('zh-Hans');
    expect(localeOf('en')).toBe('en-GB');
  });

  it('formats numbers, dates and lists per language', () => {
    expect(formatNumber('en', 1234567)).toBe('1,234,567');
    expect(formatNumber('zh', 1234567)).toBe('1,234,567');
    const date = new Date(2026, 10, 25);
    expect(formatDate('en', date)).toBe('25 November 2026');
    expect(formatDate('zh', date)).toBe('2026年11月25日');
    expect(formatList('en', ['Liberia', 'Nepal', 'Uruguay'])).toBe('Liberia, Nepal and Uruguay');
    expect(formatList('zh', ['利比里亚', '尼泊尔', '乌拉圭'])).toBe('利比里亚、尼泊尔和乌拉圭');
    expect(formatList('en', ['Liberia', 'Nepal'], 'disjunction')).toBe('Liberia or Nepal');
  });
});

describe('plural forms', () => {
  it('has one and other in English, one form in Chinese', () => {
    expect(pluralCategory('en', 1)).toBe('one');
    expect(pluralCategory('en', 0)).toBe('other');
    expect(pluralCategory('en', 2)).toBe('other');
    expect(pluralCategory('en', 1.5)).toBe('other');
    expect(pluralCategory('zh', 1)).toBe('other');
    expect(pluralCategory('zh', 2)).toBe('other');
  });

  it('chooses the message form by the count and formats the count', () => {
    expect(translate('en', 'tables.records.rowCount', { count: 1 })).toBe('1 record');
    expect(translate('en', 'tables.records.rowCount', { count: 2 })).toBe('2 records');
    expect(translate('en', 'tables.records.rowCount', { count: 0 })).toBe('0 records');
    expect(translate('en', 'tables.records.rowCount', { count: 1234 })).toBe('1,234 records');
    expect(translate('zh', 'tables.records.rowCount', { count: 1 })).toBe('1 条记录');
    expect(translate('zh', 'tables.records.rowCount', { count: 2 })).toBe('2 条记录');
    expect(translate('en', 'map.countryLabel', { country: 'Uruguay', count: 1 })).toBe(
      'Uruguay: 1 record',
    );
    expect(translate('en', 'map.global', { count: 1 })).toBe(
      '1 record of global work names no country and is not on the map.',
    );
    expect(translate('en', 'reasons.summary', { count: 1 })).toBe('Why this record');
    expect(translate('en', 'reasons.summary', { count: 3 })).toBe('Why these records (3)');
  });

  it('leaves other number placeholders as they are (years are not grouped)', () => {
    expect(translate('en', 'header.asOf', { year: 2020 })).toBe('As of 2020');
  });

  it('gives every English message that counts things a form for one and for other', () => {
    // A count followed by a plural English noun in a single-form message would say "1 records".
    const pluralNounAfterCount = /\{count\} (?:[a-z]+ )?[a-z]+s\b/u;
    // Shown only for a page of two or more: a single record has tables.records.showingOne.
    const neverOne = new Set(['tables.records.showing']);
    for (const [key, message] of Object.entries(catalogue.en)) {
      if (neverOne.has(key)) continue;
      if (typeof message === 'string') {
        expect(message, key).not.toMatch(pluralNounAfterCount);
      } else {
        expect(message.one, key).toBeTypeOf('string');
        expect(message.one, key).not.toMatch(pluralNounAfterCount);
        expect(message.other, key).toContain('{count}');
      }
    }
  });
});

describe('isoDate', () => {
  it('is the reader’s own calendar day, late in the evening too', () => {
    expect(isoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(isoDate(new Date(2026, 10, 25, 0, 0))).toBe('2026-11-25');
  });
});
