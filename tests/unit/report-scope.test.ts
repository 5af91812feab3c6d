import { describe, expect, it } from 'vitest';
import type { OfficeBreakdown } from '../../src/domain/index.ts';
import type { DashboardData } from '../../src/lib/data/queries.ts';
import {
  parseReportSelection,
  scopeToReports,
  seriesReports,
} from '../../src/lib/data/report-scope.ts';
import { presenceTable } from '../../src/lib/figures/presence-table.ts';
import { dashboardFixture } from '../fixtures/dashboard-data.ts';

const SEED = 'A/HRC/44/28';
const LATER = 'A/HRC/47/31';

/**
 * The fixture's report (2020) and a copy of it as a later report (2021) with other numbers,
 * listed first in every file, so that the series order has to come from the years.
 */
function twoReports(laterBreakdown: Partial<OfficeBreakdown> | null = {}): DashboardData {
  const data = dashboardFixture();
  const seedReport = data.paragraphs.reports[0];
  const seedBreakdown = data.figures.officeBreakdown;
  if (!seedReport?.registry || !seedBreakdown) throw new Error('fixture changed');
  const relabel = <T extends { report: string }>(item: T): T => ({ ...item, report: LATER });
  const later = laterBreakdown
    ? [
        {
          ...seedBreakdown,
          report: LATER,
          paragraph: 9,
          total: 89,
          countryOffices: 22,
          ...laterBreakdown,
        },
      ]
    : [];
  return {
    ...data,
    paragraphs: {
      ...data.paragraphs,
      reports: [
        {
          ...seedReport,
          symbol: LATER,
          registry: { ...seedReport.registry, year: 2021, session: 47 },
        },
        seedReport,
      ],
      sections: [...data.paragraphs.sections.map(relabel), ...data.paragraphs.sections],
      paragraphs: [
        ...data.paragraphs.paragraphs.slice(0, 2).map(relabel),
        ...data.paragraphs.paragraphs,
      ],
    },
    activities: {
      ...data.activities,
      records: [
        ...data.activities.records
          .slice(0, 3)
          .map((record) => ({ ...relabel(record), id: `${LATER}:${record.id}` })),
        ...data.activities.records,
      ],
    },
    figures: {
      ...data.figures,
      officeBreakdowns: [...later, seedBreakdown],
      figures: [...data.figures.figures.slice(0, 1).map(relabel), ...data.figures.figures],
    },
  };
}

describe('the reports of the series', () => {
  it('orders them by year, not by their place in the files', () => {
    expect(seriesReports(twoReports()).map((report) => report.symbol)).toEqual([SEED, LATER]);
  });

  it('reads the URL against the reports held: unknown symbols dropped, none or all means all', () => {
    const reports = seriesReports(twoReports());
    expect(parseReportSelection([LATER], reports)).toEqual({
      selected: [LATER],
      narrowed: true,
      dropped: [],
    });
    expect(parseReportSelection([], reports)).toEqual({
      selected: [SEED, LATER],
      narrowed: false,
      dropped: [],
    });
    expect(parseReportSelection([LATER, SEED], reports).narrowed).toBe(false);
    expect(parseReportSelection(['A/HRC/99/1', LATER, 'A/HRC/99/1'], reports)).toEqual({
      selected: [LATER],
      narrowed: true,
      dropped: ['A/HRC/99/1'],
    });
    // Before the data has loaded, a link's reports are kept, not dropped.
    expect(parseReportSelection([LATER], []).dropped).toEqual([]);
  });

  it('narrows every file to the reports chosen', () => {
    const data = twoReports();
    const later = scopeToReports(data, [LATER]);
    expect(later.paragraphs.reports.map((report) => report.symbol)).toEqual([LATER]);
    expect(later.activities.records).toHaveLength(3);
    expect(later.paragraphs.paragraphs).toHaveLength(2);
    expect(later.paragraphs.sections).toHaveLength(data.paragraphs.sections.length / 2);
    expect(later.figures.figures).toHaveLength(1);
    expect(later.figures.officeBreakdown?.total).toBe(89);
    expect(later.figures.officeBreakdowns?.map((b) => b.report)).toEqual([LATER]);
    for (const list of [
      later.activities.records,
      later.paragraphs.paragraphs,
      later.figures.figures,
    ])
      expect(list.every((item) => item.report === LATER)).toBe(true);

    const seed = scopeToReports(data, [SEED]);
    expect(seed.activities.records).toHaveLength(data.activities.records.length - 3);
    expect(seed.figures.officeBreakdown?.total).toBe(84);
    // All chosen: the same object, so that nothing downstream is computed again.
    expect(scopeToReports(data, [SEED, LATER])).toBe(data);
  });
});

describe('field presences year over year', () => {
  it('gives one column per report, oldest first, each against its own total', () => {
    const table = presenceTable(twoReports({ otherPresences: 9 }), 'en');
    expect(
      table.columns.map((column) => [column.report, column.year, column.breakdown.total]),
    ).toEqual([
      [SEED, 2020, 84],
      [LATER, 2021, 89],
    ]);
    // 22 + 12 + 12 + 37 + 9 = 92 parts against a stated 89.
    expect(table.columns.map((column) => column.sumOfParts)).toEqual([84, 92]);
    expect(table.rows.find((row) => row.officeType === 'country-office')?.counts).toEqual([17, 22]);
    expect(table.withoutBreakdown).toEqual([]);
  });

  it('names the reports that state no breakdown', () => {
    const table = presenceTable(twoReports(null), 'en');
    expect(table.columns.map((column) => column.report)).toEqual([SEED]);
    expect(table.withoutBreakdown).toEqual([LATER]);
  });
});
