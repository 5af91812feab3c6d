import { describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../../src/domain/index.ts';
import { reportChange, statusOf } from '../../src/lib/data/report-change.ts';
import { dashboardFixture } from '../fixtures/dashboard-data.ts';

const data = dashboardFixture();
const base = data.activities.records[0] as ActivityRecord;
const record = (report: string, country: string | null, id: string): ActivityRecord => ({
  ...base,
  id,
  report,
  country,
});

describe('the change between two reports, per country', () => {
  it('names each status from the two counts', () => {
    expect([
      statusOf(0, 2),
      statusOf(3, 0),
      statusOf(1, 4),
      statusOf(4, 1),
      statusOf(2, 2),
    ]).toEqual(['new', 'gone', 'more', 'fewer', 'same']);
  });

  it('counts each country in each report, largest change first, global work and other reports left out', () => {
    const records = [
      record('A', 'UGA', '1'),
      record('A', 'UGA', '2'),
      record('B', 'UGA', '3'),
      record('B', 'COL', '4'),
      record('B', 'COL', '5'),
      record('B', 'COL', '6'),
      record('A', 'THA', '7'),
      record('A', null, '8'),
      record('C', 'THA', '9'),
    ];
    const change = reportChange(records, 'A', 'B', data.reference, 'en');
    expect(change.rows.map((row) => [row.iso3, row.earlier, row.later, row.status])).toEqual([
      ['COL', 0, 3, 'new'],
      // Thailand and Uganda both change by one: by name.
      ['THA', 1, 0, 'gone'],
      ['UGA', 2, 1, 'fewer'],
    ]);
    expect(change.counts).toEqual({ new: 1, gone: 1, more: 0, fewer: 1, same: 0 });
  });
});
