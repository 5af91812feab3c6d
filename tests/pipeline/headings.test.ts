import { describe, expect, it } from 'vitest';
import {
  chineseNumeralValue,
  matchChapter,
  matchNumbered,
  matchSubsection,
  numberedHeading,
  toRoman,
} from '../../src/pipeline/segment/headings.ts';

describe('chineseNumeralValue', () => {
  it.each([
    ['七', 7],
    ['十二', 12],
    ['二十一', 21],
    ['一百二十', 120],
    ['两千', 2000],
    ['一千零五', 1005],
    ['三百五', 350],
    ['九千九百九十九', 9999],
  ])('%s is %d', (numeral, value) => expect(chineseNumeralValue(numeral)).toBe(value));

  it.each(['百', '二二', '十百', '一千千', '三零'])('%s is no numeral', (numeral) =>
    expect(chineseNumeralValue(numeral)).toBeNull(),
  );
});

describe('headings', () => {
  it('reads Chinese chapter numerals as Roman ids', () => {
    expect(matchChapter('四. 落实和加强人权领域的国际合作')).toMatchObject({
      key: 'IV',
      label: '四.',
    });
    expect(matchChapter('十二. 结论')).toMatchObject({ key: 'XII' });
    expect(matchChapter('IV. Enhancement of cooperation')).toMatchObject({ key: 'IV' });
    expect(chineseNumeralValue('二十一')).toBe(21);
    expect(toRoman(19)).toBe('XIX');
  });

  it('does not take sentences for headings', () => {
    expect(matchChapter('一. 这是一句话。')).toBeNull();
    expect(matchSubsection('A. 联合国人权事务高级专员办事处')).toMatchObject({ key: 'A' });
    expect(matchSubsection('A 级地位的国家人权机构')).toBeNull();
  });

  it('reads a chapter whose title opens with a year, but not a numbered line that does', () => {
    expect(matchChapter('二. 2026 年的主要动态')).toMatchObject({
      key: 'II',
      title: '2026 年的主要动态',
    });
    expect(numberedHeading(3, '2019 年，人权高专办继续')).toBeNull();
    expect(numberedHeading(3, '国别办事处')).toMatchObject({ key: '3' });
  });

  it('splits a numbered line into its number and the rest', () => {
    expect(matchNumbered('1. 国别和区域办事机构')).toEqual({
      number: 1,
      rest: '国别和区域办事机构',
    });
    expect(matchNumbered('16.\t人权高专办提倡')).toEqual({ number: 16, rest: '人权高专办提倡' });
    expect(matchNumbered('2019 年')).toBeNull();
  });
});

describe('chineseNumeralValue', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['九十九', 99],
  ])('%s = %d', (numeral, value) => {
    expect(chineseNumeralValue(numeral)).toBe(value);
  });

  it.each(['', '百', '十十', '一二'])('refuses %s', (numeral) => {
    expect(chineseNumeralValue(numeral)).toBeNull();
  });
});
