import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/domain/paragraphs.ts';
import {
  BreakdownError,
  findOfficeBreakdown,
} from '../../src/pipeline/records/office-breakdown.ts';
import { buildFigures } from '../../src/pipeline/records/build-records.ts';
import { findFigures } from '../../src/pipeline/tag/figures.ts';
import { ParagraphTagger } from '../../src/pipeline/tag/tag-paragraph.ts';
import { miniReference } from '../support/mini-reference.ts';

const brief = (text: string) =>
  findFigures(text).map((f) => `${f.value} ${f.counts}${f.qualifier ? ` (${f.qualifier})` : ''}`);

describe('findFigures', () => {
  it.each([
    ['向 23 个城市的 1,453 名受益者伸出援手', ['23 cities', '1453 beneficiaries']],
    ['来自 116 个国家的 306 名学员参加了该模块', ['116 countries', '306 participants']],
    [
      '来自 36 个国家的 90 多名议员参加了这次研讨会',
      ['36 countries', '90 parliamentarians (more than)'],
    ],
    ['约 70 名代表参加了这次讲习班', ['70 representatives (about)']],
    ['已向 110 多个发展中国家和最不发达国家提供支持', ['110 countries (more than)']],
    ['在六个试点国家推出了该数据库', ['6 countries']],
    ['向所有 51 个在 2020 年报名参加自愿国家审查的国家提供了指导', ['51 countries']],
    ['请人权高专办组织五次区域磋商', ['5 events']],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it.each([
    '人权理事会在 2019 年 7 月 11 日第 41/3 号决议中',
    '联合国成立 75 周年',
    '(A/HRC/42/29, 第 29-68 段)',
    '工作组第二十一届会议',
    '第 3 号一般性意见(1990 年)',
  ])('ignores numbers that count nothing: %s', (text) => {
    expect(findFigures(text)).toEqual([]);
  });
});

const tagger = new ParagraphTagger(miniReference);
const paragraph = (text: string, number = 24): Paragraph => ({
  report: 'TEST/1',
  number,
  section: ['IV'],
  text,
  footnotes: [],
  footnoteRefs: [],
  numberSource: 'recovered',
  lines: { first: 1, last: 1 },
});
const BREAKDOWN =
  '人权高专办在世界各地有 84 个办事机构，包括 17 个国别办事处、12 个参与和平行动的人权部门、12 个区域办事处、联合国可持续发展集团框架内部署的 37 名人权顾问，以及 6 个其他办事机构。本部分举例介绍。';

describe('office breakdown', () => {
  it('reads the parts from the sentence and checks them against the total', () => {
    const breakdown = findOfficeBreakdown(
      [tagger.tag(paragraph(BREAKDOWN))],
      miniReference.officeTypes,
    );
    expect(breakdown).toEqual({
      total: 84,
      countryOffices: 17,
      peaceMissionComponents: 12,
      regionalOffices: 12,
      humanRightsAdvisers: 37,
      otherPresences: 6,
      report: 'TEST/1',
      paragraph: 24,
      reconciles: true,
    });
  });

  it('fails when the parts do not add up to the stated total', () => {
    const wrong = BREAKDOWN.replace('84 个', '85 个');
    expect(() =>
      findOfficeBreakdown([tagger.tag(paragraph(wrong))], miniReference.officeTypes),
    ).toThrow(BreakdownError);
    expect(() =>
      findOfficeBreakdown([tagger.tag(paragraph(wrong))], miniReference.officeTypes),
    ).toThrow('paragraph 24: the field presences by type add up to 84, but the text states 85');
  });
});

describe('buildFigures', () => {
  it('ties a figure to its year and to the fund its paragraph is about', () => {
    const text =
      '参与普遍定期审议自愿基金自设立以来，已向 110 多个发展中国家提供支持。2019 年，26 个国家和 31 名代表获得援助。此外，一个政府间组织向基金捐款。';
    const figures = buildFigures([tagger.tag(paragraph(text, 54))]);
    expect(figures.map((f) => [f.value, f.counts, f.year, f.fund, f.sentence])).toEqual([
      [110, 'countries', null, 'upr-participation-fund', 0],
      [26, 'countries', 2019, 'upr-participation-fund', 1],
      [31, 'representatives', 2019, 'upr-participation-fund', 1],
    ]);
  });
});
