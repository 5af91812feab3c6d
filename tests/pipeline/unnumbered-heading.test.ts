import { describe, expect, it } from 'vitest';
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
});
