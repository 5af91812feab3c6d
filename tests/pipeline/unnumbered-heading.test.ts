import { describe, expect, it } from 'vitest';
import { matchNumbered } from '../../src/pipeline/segment/headings.ts';
import { segment } from '../../src/pipeline/segment/segment.ts';

// A fictional report, one line per paragraph, written for this test.
const report = (heading: string, after: string) =>
  [
    '一. 导言',
    '1. 本报告根据理事会第 70/1 号决议提交。',
    '二. 国际合作',
    'A. 人权高专办',
    '1. 国别办事处',
    '人权高专办在 12 个国家设有国别办事处。',
    heading,
    after,
    '2. 区域办事处',
    '区域办事处为 40 名官员举办了培训。',
  ].join('\n');

describe('a sub-heading printed without its number', () => {
  it('is read as the next heading of its level, with a warning naming its line', () => {
    const result = segment(report('人权教育工具', '人权高专办发布了 6 种培训材料。'), 'X/1');
    expect(result.paragraphs.map((p) => p.text)).toEqual([
      '本报告根据理事会第 70/1 号决议提交。',
      '人权高专办在 12 个国家设有国别办事处。',
      '人权高专办发布了 6 种培训材料。',
      '区域办事处为 40 名官员举办了培训。',
    ]);
    expect(result.sections.map((s) => [s.id, s.title])).toContainEqual(['II.A.2', '人权教育工具']);
    expect(result.warnings.find((w) => w.code === 'heading-number-missing')?.line).toBe(7);
  });

  it('is not a line that the next one goes on with', () => {
    const result = segment(
      report('非洲联盟《2063 年议程》执行计划', '(2024-2033 年)与该议程相辅相成。'),
      'X/1',
    );
    expect(result.warnings.some((w) => w.code === 'heading-number-missing')).toBe(false);
  });

  it('is not a line cut after a conjunction, nor a dotted indicator number read as a paragraph number', () => {
    const result = segment(
      report(
        '作为可持续发展目标指标 16.10.1、16.a.1 和',
        '10.3.1/16.b.1 的保管机构，人权高专办与统计局合作。',
      ),
      'X/1',
    );
    expect(result.warnings.some((w) => w.code === 'heading-number-missing')).toBe(false);
    expect(result.sections.map((s) => s.title)).not.toContain(
      '作为可持续发展目标指标 16.10.1、16.a.1 和',
    );
    expect(matchNumbered('10.3.1/16.b.1 的保管机构')).toBeNull();
    expect(matchNumbered('16.a.1、16.b.1 的保管机构')).toBeNull();
    expect(matchNumbered('10. 人权高专办')).toEqual({ number: 10, rest: '人权高专办' });
  });
});
