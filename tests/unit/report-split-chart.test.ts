import { describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../../src/domain/index.ts';
import { reportSplitChart } from '../../src/features/charts/report-option.ts';
import { emptyFilters } from '../../src/lib/filters/filter-state.ts';
import { reportData } from '../support/report-data.ts';

const data = reportData();
const { reference } = data;
const template = data.activities.records.find((record) => record.country !== null);
if (!template) throw new Error('the seed has country records');

// Written for the test: two reports, records placed by hand.
const reports = [
  { symbol: 'A/HRC/90/1', year: 2030 },
  { symbol: 'A/HRC/93/1', year: 2033 },
] as const;
const record = (
  report: string,
  region: string | null,
  officeType: ActivityRecord['officeType'],
  themes: string[],
): ActivityRecord => ({
  ...template,
  id: `${report}:${region}:${Math.random()}`,
  report,
  region,
  officeType,
  themes,
});
const records = [
  record('A/HRC/90/1', '002', 'country-office', ['mechanisms']),
  record('A/HRC/90/1', '002', null, ['mechanisms', 'development']),
  record('A/HRC/93/1', '002', 'country-office', ['development']),
  record('A/HRC/93/1', '019', 'regional-office', []),
  record('A/HRC/93/1', null, null, []),
];
const input = { records, filters: emptyFilters, reference, language: 'en' as const };
const values = (model: ReturnType<typeof reportSplitChart>) =>
  Object.fromEntries(model.bars.map((bar) => [bar.id, bar.value]));

describe('records by report, split', () => {
  it('gives each region one bar per report, coloured by report, leaving out empty regions', () => {
    const model = reportSplitChart(input, reports, 'region');
    expect(values(model)).toEqual({
      '002|A/HRC/90/1': 2,
      '002|A/HRC/93/1': 1,
      '019|A/HRC/90/1': 0,
      '019|A/HRC/93/1': 1,
      'none|A/HRC/90/1': 0,
      'none|A/HRC/93/1': 1,
    });
    expect(model.groups.map((group) => group.id)).toEqual(['A/HRC/90/1', 'A/HRC/93/1']);
    expect(new Set(model.groups.map((group) => group.color)).size).toBe(2);
    expect(model.bars.every((bar) => bar.group === bar.id.split('|')[1])).toBe(true);
    expect(model.bars[0]?.label).toBe('Africa · 2030');
    expect(model.bars[0]?.fullLabel).toBe('Africa: A/HRC/90/1');
  });

  it('counts records without an office type as not stated', () => {
    const model = reportSplitChart(input, reports, 'officeType');
    expect(values(model)['not-stated|A/HRC/90/1']).toBe(1);
    expect(values(model)['not-stated|A/HRC/93/1']).toBe(1);
    expect(values(model)['country-office|A/HRC/93/1']).toBe(1);
  });

  it('counts a record under each of its pillars, in the pillars’ order', () => {
    const model = reportSplitChart(input, reports, 'pillar');
    expect(values(model)).toEqual({
      'mechanisms|A/HRC/90/1': 2,
      'mechanisms|A/HRC/93/1': 0,
      'development|A/HRC/90/1': 1,
      'development|A/HRC/93/1': 1,
    });
    expect(model.bars.map((bar) => bar.id.split('|')[0])).toEqual([
      'mechanisms',
      'mechanisms',
      'development',
      'development',
    ]);
  });
});
